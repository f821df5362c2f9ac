import { Pool } from 'pg';

export interface Migration {
  /** Sorts in order of application; recorded in schema_migrations. */
  id: string;
  sql: string;
}

/** Any constant: the advisory lock every starting stage takes while it migrates. */
const MIGRATION_LOCK = 0x5172_e901;

/**
 * Applies the migrations not yet recorded, each in its own transaction, under an advisory lock so
 * that stages starting together migrate once. Plain SQL with a migrations table: four tables do
 * not need a tool, and it adds no dependency (see docs/archive.md).
 * The first schema of the connection's search_path is created when missing (tests isolate by schema).
 * @returns the ids applied now
 */
export async function migrate(pool: Pool, migrations: readonly Migration[]): Promise<string[]> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ schema: string }>(`SELECT trim(both '"' from split_part(current_setting('search_path'), ',', 1)) AS schema`);
    const schema = rows[0].schema.trim();
    if (schema && schema !== '$user') await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = new Set((await client.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
      const applied: string[] = [];
      for (const m of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
        if (done.has(m.id)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${m.id} failed: ${(e as Error).message}`);
        }
        applied.push(m.id);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
