import { Module } from '@nestjs/common';
import { LiveFeedConsumer } from '../stream/live-feed.consumer';
import { LiveFeedHub } from '../stream/live-feed.hub';
import { StreamController } from '../stream/stream.controller';
import { DeadLetterWatcher } from './dead-letter.watcher';
import { OpsController } from './ops.controller';
import { OpsStatsStore } from './ops-stats.store';
import { SmtpReadinessCheck } from './smtp-readiness.check';
import { StreamHealthSampler } from './stream-health.sampler';

/** The live feed (SSE) and stream health: what the dashboard watches. */
@Module({
  controllers: [StreamController, LiveFeedConsumer, OpsController],
  providers: [LiveFeedHub, OpsStatsStore, DeadLetterWatcher, StreamHealthSampler, SmtpReadinessCheck],
})
export class OpsModule {}
