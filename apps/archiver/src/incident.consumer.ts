import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { IncidentArchive, SignalDetector, SignalStore, toIncidentRow } from '@sitrep/archive';
import { Incident, IncidentEvent, newEnvelope, SignalEvent, SitrepSignal, Topics } from '@sitrep/contracts';
import { decodeEvent, Publisher } from '@sitrep/messaging';
import { metrics } from '@sitrep/observability';
import { classifyArchiveError } from './pg-error.classifier';

/**
 * incidents → PostgreSQL (latest version, every report, daily rollups) → signals. A replay or a
 * redelivery changes nothing in the archive; the place is still looked at again, so a crash
 * between the archive commit and the signals loses none (raising a signal is idempotent).
 */
@Controller()
export class IncidentArchiveConsumer {
  private readonly log = new Logger(IncidentArchiveConsumer.name);

  constructor(
    private readonly archive: IncidentArchive,
    private readonly detector: SignalDetector,
    private readonly signals: SignalStore,
    private readonly publisher: Publisher,
  ) {}

  @EventPattern(Topics.incidents)
  async handle(@Payload() payload: unknown): Promise<void> {
    const event = decodeEvent(IncidentEvent, payload);
    try {
      const changes = await this.archive.upsertMany([event.incident]);
      if (changes.length === 0) metrics.dropped.inc({ stage: 'archiver', reason: 'unchanged' });
      const raised = await this.detector.detect(changes.length ? changes.map((c) => c.next) : [toIncidentRow(event.incident)]);
      await this.signals.publishPending((s) => this.publish(s, event.correlationId));
      this.log.debug({ msg: 'archived', incidentId: event.incident.id, changed: changes.length > 0, signals: raised.map((s) => s.id), correlationId: event.correlationId });
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
