import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { IncidentArchive } from './incident.archive';
import { IncidentSearch } from './incident-search';
import { MIGRATIONS } from './migrations';
import { PlaceContextQuery } from './place-context.query';
import { migrate } from './migrator';
import { SignalDetector } from './signal.detector';
import { SignalStore } from './signal.store';
import { TrendsQuery } from './trends.query';

export const ARCHIVE_POOL = Symbol('ARCHIVE_POOL');

/**
 * Planner settings of the archive's sessions, as connection options. `random_page_cost = 1.1`
 * (the default 4 models spinning disks): the archive's pages are in memory or on SSD, and at the
 * default a rare word with `from`/`to` was planned as a BitmapAnd with the whole `last_seen` range
 * (126,162 index entries, 113 ms at 1M incidents) instead of the GIN matches checked on the heap
 * (10.6 ms); the bench's other plans did not change (docs/archive.md).
 */
const SESSION_SETTINGS = ['random_page_cost=1.1'];

/**
 * DATABASE_URL with the archive's session settings in its `options`, before those it already has
 * (search_path, …), so a setting given in the URL wins. A pooler that refuses the `options`
 * startup parameter (PgBouncer without `ignore_startup_parameters = options`) refuses these too.
 */
export function archiveConnectionString(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  const given = u.searchParams.get('options') ?? '';
  u.searchParams.set('options', [...SESSION_SETTINGS.map((s) => `-c ${s}`), given].filter(Boolean).join(' '));
  return u.toString();
}

export function createArchivePool(config: SitrepConfig, max = 10): Pool {
  const pool = new Pool({ connectionString: archiveConnectionString(config.archive.databaseUrl), max, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', (e) => new Logger('archive').warn({ msg: 'idle PostgreSQL client failed', error: e.message }));
  return pool;
}

/** Migrates at start (when asked) and ends the pool at shutdown. */
@Injectable()
class ArchiveLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger('archive');
  constructor(@Inject(ARCHIVE_POOL) private readonly pool: Pool, @Inject('ARCHIVE_MIGRATE') private readonly migrateAtStart: boolean) {}

  async onModuleInit(): Promise<void> {
    if (!this.migrateAtStart) return;
    const applied = await migrate(this.pool, MIGRATIONS);
    if (applied.length) this.log.log({ msg: 'migrated', applied });
  }

  async onApplicationShutdown(): Promise<void> {
    // One pool may be shared by several importers of the module in one app (the api and the
    // notifier's context stage in the all-in-one process): pg-pool throws on a second end().
    if (this.pool.ended) return;
    await this.pool.end();
  }
}

/**
 * The PostgreSQL archive for one app: the pool and the stores over it. The archiver migrates at
 * start (`migrate: true`); readers (the api) do not wait for it, and fall back when it is down.
 */
@Module({})
export class ArchiveModule {
  /** `poolSize`: connections of this app (the archiver writes in parallel; the api reads a page at a time). */
  static forRoot(opts: { migrate: boolean; poolSize?: number }): DynamicModule {
    return {
      module: ArchiveModule,
      providers: [
        { provide: ARCHIVE_POOL, inject: [SITREP_CONFIG], useFactory: (c: SitrepConfig) => createArchivePool(c, opts.poolSize ?? 10) },
        { provide: 'ARCHIVE_MIGRATE', useValue: opts.migrate },
        ArchiveLifecycle,
        { provide: IncidentArchive, inject: [ARCHIVE_POOL], useFactory: (p: Pool) => new IncidentArchive(p) },
        { provide: IncidentSearch, inject: [ARCHIVE_POOL], useFactory: (p: Pool) => new IncidentSearch(p) },
        { provide: TrendsQuery, inject: [ARCHIVE_POOL], useFactory: (p: Pool) => new TrendsQuery(p) },
        { provide: PlaceContextQuery, inject: [ARCHIVE_POOL], useFactory: (p: Pool) => new PlaceContextQuery(p) },
        { provide: SignalStore, inject: [ARCHIVE_POOL], useFactory: (p: Pool) => new SignalStore(p) },
        { provide: SignalDetector, inject: [ARCHIVE_POOL, SignalStore], useFactory: (p: Pool, s: SignalStore) => new SignalDetector(p, s) },
      ],
      exports: [ARCHIVE_POOL, IncidentArchive, IncidentSearch, TrendsQuery, SignalStore, SignalDetector, PlaceContextQuery],
    };
  }
}
