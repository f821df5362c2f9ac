import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

const BASE = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sitrep';

/** A DATABASE_URL on the test server whose search_path is a fresh schema (created by the migrator). */
export function testDatabaseUrl(): { url: string; schema: string } {
  const schema = `t_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const u = new URL(BASE);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { url: u.toString(), schema };
}

/** Drops a test schema and everything in it. */
export async function dropTestSchema(schema: string): Promise<void> {
  const pool = new Pool({ connectionString: BASE, max: 1 });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await pool.end();
  }
}
