import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { SignalDetector, SignalStore, toIncidentRow } from '@sitrep/archive';
import { Incident, IncidentEvent, newEnvelope, SignalEvent, SitrepSignal, Topics } from '@sitrep/contracts';
import { decodeEvent, Publisher } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { ArchiveWriteBatcher } from './archive-write.batcher';
import { classifyArchiveError } from './pg-error.classifier';

/**
 * incidents → PostgreSQL (latest version, every report, daily rollups) → signals. A replay or a
 * redelivery changes nothing in the archive; the place is still looked at again, so a crash
 * between the archive commit and the signals loses none (raising a signal is idempotent).
 * Messages handled at once share one upsert transaction (ArchiveWriteBatcher).
 */
@Controller()
export class IncidentArchiveConsumer {
  private readonly log = new Logger(IncidentArchiveConsumer.name);

  constructor(
    private readonly writes: ArchiveWriteBatcher,
    private readonly detector: SignalDetector,
    private readonly signals: SignalStore,
    private readonly publisher: Publisher,
  ) {}

  @EventPattern(Topics.incidents)
  async handle(@Payload() payload: unknown): Promise<void> {
    const event = decodeEvent(IncidentEvent, payload);
    try {
      const change = await this.writes.write(event.incident);
      if (!change) metrics.dropped.inc({ stage: 'archiver', reason: 'unchanged' });
      const raised = await this.detector.detect([change ? change.next : toIncidentRow(event.incident)]);
      await this.signals.publishPending((s) => this.publish(s, event.correlationId));
      this.log.debug({ msg: 'archived', incidentId: event.incident.id, changed: change !== undefined, signals: raised.map((s) => s.id), correlationId: event.correlationId });
    } catch (e) {
      throw classifyArchiveError(e);
    }
  }

  private async publish(signals: { signal: SitrepSignal; incident: Incident | null }[], correlationId: string): Promise<void> {
    await this.publisher.publish(Topics.signals, signals.map(({ signal, incident }) => {
      const value: SignalEvent = { ...newEnvelope(correlationId), signal, ...(incident ? { incident } : {}) };
      return { key: signal.id, value, headers: { 'x-correlation-id': correlationId } };
    }));
    for (const { signal: s } of signals) this.log.log({ msg: 'signal', signalId: s.id, kind: s.kind, summary: s.summary, correlationId });
  }
}
