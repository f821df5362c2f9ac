import { Pool } from 'pg';
import { Incident } from '@sitrep/contracts';
import { ArchiveFilter, SqlWhere } from './archive-filter';
import { decodeCursor, encodeCursor } from './cursor';

export interface SearchPage {
  items: Incident[];
  nextCursor: string | null;
}

export class InvalidCursorError extends Error {}

/** Applies the filter's clauses to the incidents table. */
export function incidentWhere(f: ArchiveFilter): SqlWhere {
  const w = new SqlWhere();
  if (f.q) w.add((p) => `search @@ websearch_to_tsquery('simple', ${p(f.q)})`);
  if (f.country) w.add((p) => `country = ${p(f.country)}`);
  if (f.admin1) {
    const a = f.admin1;
    w.add((p) => (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(a) ? `admin1_code = ${p(a)}` : `lower(admin1) = lower(${p(a)})`));
  }
  if (f.eventType) w.add((p) => `event_type = ${p(f.eventType)}`);
  if (f.minLevel) w.add((p) => `level >= ${p(f.minLevel)}`);
  if (f.from) w.add((p) => `last_seen >= ${p(f.from)}`);
  if (f.to) w.add((p) => `last_seen <= ${p(f.to)}`);
  return w;
}

/** Reads the archive: history search with filters, keyset pages, one incident, exports. */
export class IncidentSearch {
  constructor(private readonly pool: Pool) {}

  async page(filter: ArchiveFilter, limit: number, cursor?: string): Promise<SearchPage> {
    const w = incidentWhere(filter);
    if (cursor) {
      const c = decodeCursor(cursor);
      if (!c) throw new InvalidCursorError('cursor is not one this API issued');
      w.add((p) => `(last_seen, id) < (${p(c.lastSeen)}::timestamptz, ${p(c.id)})`);
    }
    // The page's ids from the narrow table first, then their documents.
    const { rows } = await this.pool.query<{ doc: Incident; last_seen: Date; id: string }>(
      `SELECT p.id, p.last_seen, d.doc FROM (SELECT id, last_seen FROM incidents ${w} ORDER BY last_seen DESC, id DESC LIMIT ${Math.floor(limit) + 1}) p
       JOIN incident_docs d ON d.id = p.id ORDER BY p.last_seen DESC, p.id DESC`,
      w.params,
    );
    const more = rows.length > limit;
    const shown = more ? rows.slice(0, limit) : rows;
    const last = shown[shown.length - 1];
    return {
      items: shown.map((r) => r.doc),
      nextCursor: more && last ? encodeCursor({ lastSeen: last.last_seen.toISOString(), id: last.id }) : null,
    };
  }

  async get(id: string): Promise<Incident | null> {
    const { rows } = await this.pool.query<{ doc: Incident }>('SELECT doc FROM incident_docs WHERE id = $1', [id]);
    return rows[0]?.doc ?? null;
  }

  /** Every matching incident (newest first), in pages of `pageSize`, up to `max`. */
  async *all(filter: ArchiveFilter, max: number, pageSize = 1000): AsyncGenerator<Incident> {
    let cursor: string | undefined;
    let sent = 0;
    while (sent < max) {
      const page = await this.page(filter, Math.min(pageSize, max - sent), cursor);
      for (const item of page.items) yield item;
      sent += page.items.length;
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }
}
