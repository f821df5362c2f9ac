import { Migration } from '../migrator';

/**
 * Full text and filters in one GIN index (docs/archive.md, "Search at 1M rows"). A search for a
 * word in one country, admin-1 or event type read every incident holding the word and checked
 * the filter on the heap; with btree_gin (a trusted contrib extension, in Debian's PostgreSQL and
 * the postgres image) the index intersects the word's and the filter's posting lists itself, so
 * only incidents matching both are read. It replaces the GIN index on `search` alone.
 *
 * `incidents_level` goes: a level is a range (`level >= n`) over 5 values, never selective enough
 * to beat walking the list order, and it was one more random B-tree insert per upsert.
 *
 * The extension goes in `public` (created once per database, under the migration lock): in the
 * first schema of the search path, dropping that schema would drop the extension and every index
 * built on it in other schemas. Upgrading 1M incidents takes about a minute (the table is locked
 * meanwhile; the archiver migrates before it consumes).
 */
export const searchFiltersGinMigration: Migration = {
  id: '0002-search-filters-gin',
  sql: `
CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA public;
CREATE INDEX incidents_search_filters_gin ON incidents USING gin (search, country, admin1_code, event_type);
DROP INDEX incidents_search_gin;
DROP INDEX incidents_level;
`,
};
