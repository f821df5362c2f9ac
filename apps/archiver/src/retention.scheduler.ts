import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IncidentArchive } from '@sitrep/archive';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';

const EVERY_MS = 6 * 3600_000;

/** Deletes incidents past ARCHIVE_RETENTION_DAYS at start and every 6 hours (idempotent, any instance). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(RetentionScheduler.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly archive: IncidentArchive, @Inject(SITREP_CONFIG) private readonly config: SitrepConfig) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      const deleted = await this.archive.deleteOlderThan(this.config.archive.retentionDays);
      if (deleted) this.log.log({ msg: 'retention', deleted, retentionDays: this.config.archive.retentionDays });
    } catch (e) {
      this.log.warn({ msg: 'retention sweep failed', error: (e as Error).message });
    }
  }
}
