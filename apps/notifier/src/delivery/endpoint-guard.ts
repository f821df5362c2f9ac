import { Inject, Injectable } from '@nestjs/common';
import { NOTIFIER_OPTIONS, NotifierOptions } from '../notifier.options';

interface EndpointState {
  inFlight: number;
  failures: number;
  openUntil: number;
}

export type Permit = { ok: true; release: (success: boolean) => void } | { ok: false; retryAt: number; reason: 'busy' | 'circuit_open' };

/**
 * Keeps one failing or slow endpoint from slowing the others: at most `endpointConcurrency`
 * sends in flight per endpoint (the rest wait on the schedule, not in line), and a circuit
 * breaker that stops trying an endpoint for a while after `breakerThreshold` failures in a row.
 * Per instance: each notifier protects its own partitions.
 */
@Injectable()
export class EndpointGuard {
  private readonly endpoints = new Map<string, EndpointState>();

  constructor(@Inject(NOTIFIER_OPTIONS) private readonly options: NotifierOptions) {}

  acquire(endpoint: string): Permit {
    const s = this.endpoints.get(endpoint) ?? { inFlight: 0, failures: 0, openUntil: 0 };
    this.endpoints.set(endpoint, s);
    const refused = this.refusal(s);
    if (refused) return refused;
    s.inFlight++;
    let released = false;
    return {
      ok: true,
      release: (success: boolean) => {
        if (released) return;
        released = true;
        s.inFlight--;
        if (success) {
          s.failures = 0;
          return;
        }
        s.failures++;
        if (s.failures >= this.options.breakerThreshold) {
          s.openUntil = this.options.now() + this.options.breakerCooldownMs;
          // Half-open afterwards: one more failure opens it again at once.
          s.failures = this.options.breakerThreshold - 1;
        }
      },
    };
  }

  /** Whether `acquire` would refuse now, were `coming` more sends to take a slot first (takes nothing). */
  wouldRefuse(endpoint: string, coming = 0): Extract<Permit, { ok: false }> | null {
    const s = this.endpoints.get(endpoint);
    return s ? this.refusal(s, coming) : null;
  }

  private refusal(s: EndpointState, coming = 0): Extract<Permit, { ok: false }> | null {
    const now = this.options.now();
    if (s.openUntil > now) return { ok: false, retryAt: s.openUntil, reason: 'circuit_open' };
    if (s.inFlight + coming >= this.options.endpointConcurrency) {
      return { ok: false, retryAt: now + 200 + Math.floor(Math.random() * 300), reason: 'busy' };
    }
    return null;
  }

  isOpen(endpoint: string): boolean {
    return (this.endpoints.get(endpoint)?.openUntil ?? 0) > this.options.now();
  }
}
