import { Migration } from '../migrator';

/**
 * The rollups' key led by country (docs/archive.md, "Upserts at 1M rows"): the primary key
 * `(country, day, admin1_key, event_type, level)`, covering the counts, is also what a country's
 * trend reads (an index-only range scan), so `daily_rollups_country` goes. Every incident
 * version writes a rollup row, and each index on it was one more random B-tree insert.
 * Upgrading rebuilds the key (about 5 s for 900,000 rollup rows; the table is locked meanwhile).
 */
export const rollupsCountryKeyMigration: Migration = {
  id: '0003-rollups-country-key',
  sql: `
ALTER TABLE daily_rollups DROP CONSTRAINT daily_rollups_pkey;
ALTER TABLE daily_rollups ADD CONSTRAINT daily_rollups_pkey PRIMARY KEY (country, day, admin1_key, event_type, level) INCLUDE (incidents, killed, injured);
DROP INDEX daily_rollups_country;
`,
};
