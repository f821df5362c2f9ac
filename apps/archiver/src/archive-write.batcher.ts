import { Incident } from '@sitrep/contracts';
import { ArchivedChange } from '@sitrep/archive';

/** What the batcher writes with: IncidentArchive in the app, a fake in unit tests. */
export interface IncidentWriter {
  upsertMany(incidents: Incident[]): Promise<ArchivedChange[]>;
}

interface Waiting {
  incident: Incident;
  resolve: (change: ArchivedChange | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for the archiver: the messages handled at once (up to 16 per partition) each ask
 * for their incident to be archived, and those asking while a transaction is in flight share
 * the next one, a multi-row upsert of up to `maxBatch`. Each caller resolves only after that
 * transaction committed (so its offset is resolved after the write, at-least-once as before),
 * with the change of its own version (undefined when it changed nothing, or when a later
 * version of the same incident in the same batch replaced it). Nothing is traded for durability:
 * every commit is synchronous; there are just fewer of them. A failed batch is written again one
 * incident at a time, so one bad incident fails only its own message (retried or dead-lettered
 * as before).
 */
export class ArchiveWriteBatcher {
  private waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(private readonly writer: IncidentWriter, private readonly maxBatch = 500, private readonly maxInFlight = 2) {}

  write(incident: Incident): Promise<ArchivedChange | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ incident, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.inFlight < this.maxInFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.drain();
      });
    }
  }

  private async flush(batch: Waiting[]): Promise<void> {
    try {
      settle(batch, await this.writer.upsertMany(batch.map((w) => w.incident)));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const w of batch) {
        try {
          settle([w], await this.writer.upsertMany([w.incident]));
        } catch (e) {
          w.reject(e);
        }
      }
    }
  }
}

function settle(batch: Waiting[], changes: ArchivedChange[]): void {
  const byDoc = new Map(changes.map((c) => [c.next.doc, c]));
  for (const w of batch) w.resolve(byDoc.get(w.incident));
}
