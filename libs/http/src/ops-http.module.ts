import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';

/** /health/live, /health/ready and /metrics, for every app that serves HTTP. */
@Module({ imports: [TerminusModule], controllers: [HealthController, MetricsController] })
export class OpsHttpModule {}
