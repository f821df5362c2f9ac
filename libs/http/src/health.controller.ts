import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { consumerRegistry } from '@sitrep/messaging';
import { REDIS, RedisClient } from '@sitrep/redis';

export type ReadinessCheck = { name: string; check: () => Promise<boolean> | boolean };
const extraChecks: ReadinessCheck[] = [];

/** Adds a readiness check for this process (e.g. rules loaded, SMTP catcher listening). */
export function addReadinessCheck(check: ReadinessCheck): void {
  extraChecks.push(check);
}

/**
 * /health/live: the process answers (no dependencies). /health/ready: every consumer of the
 * process has joined its group, Redis answers PING, and the app's own checks pass.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @Optional() @Inject(REDIS) private readonly redis?: RedisClient,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.kafka(),
      ...(this.redis ? [() => this.redisPing()] : []),
      ...extraChecks.map((c) => () => this.custom(c)),
    ]);
  }

  private kafka(): HealthIndicatorResult {
    const ind = this.indicator.check('kafka');
    const groups = consumerRegistry.list().map((c) => ({ group: c.groupId, joined: c.isJoined }));
    return consumerRegistry.allJoined() ? ind.up({ groups }) : ind.down({ groups });
  }

  private async redisPing(): Promise<HealthIndicatorResult> {
    const ind = this.indicator.check('redis');
    try {
      const pong = await Promise.race([this.redis!.ping(), new Promise((_, r) => setTimeout(() => r(new Error('timeout')), 1000))]);
      return pong === 'PONG' ? ind.up() : ind.down({ reply: String(pong) });
    } catch (e) {
      return ind.down({ error: String(e) });
    }
  }

  private async custom(c: ReadinessCheck): Promise<HealthIndicatorResult> {
    const ind = this.indicator.check(c.name);
    try {
      return (await c.check()) ? ind.up() : ind.down();
    } catch (e) {
      return ind.down({ error: String(e) });
    }
  }
}
