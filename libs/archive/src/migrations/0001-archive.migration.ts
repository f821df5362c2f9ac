import { Migration } from '../migrator';

/**
 * The archive. `incidents` holds the latest version of every incident (upserted by id, only ever
 * forward) as filter columns and a full-text vector, `incident_docs` its published JSON; `incident_reports` every report ever merged; `daily_rollups` counts per day, place,
 * event type and level (kept forever: small); `signals` what the archiver raised.
 *
 * Years of data: `incidents` is one table with B-tree indexes led by the filter column and then
 * `last_seen` (the list order), a GIN index on the full-text vector and a BRIN index on event
 * time; retention deletes incidents past ARCHIVE_RETENTION_DAYS in batches (docs/archive.md
 * measures 1M rows). Monthly partitions were not taken: the upsert key is the incident id, and a
 * partition key would have to be part of every unique key (an incident's time moves as reports arrive).
 */
export const archiveMigration: Migration = {
  id: '0001-archive',
  sql: `
CREATE TABLE incidents (
  id             text PRIMARY KEY,
  version        integer NOT NULL,
  level          smallint NOT NULL,
  event_type     text NOT NULL,
  sub_event_type text,
  country        text NOT NULL,
  countries      text[] NOT NULL,
  admin1         text,
  admin1_code    text,
  admin1_key     text NOT NULL,
  admin2         text,
  city           text,
  lat            double precision,
  lon            double precision,
  region         text,
  first_seen     timestamptz NOT NULL,
  last_seen      timestamptz NOT NULL,
  occurred_at    timestamptz NOT NULL,
  killed         integer NOT NULL,
  injured        integer NOT NULL,
  summary        text,
  search         tsvector NOT NULL,
  archived_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incidents_search_gin ON incidents USING gin (search);
CREATE INDEX incidents_last_seen ON incidents (last_seen DESC, id DESC);
CREATE INDEX incidents_country ON incidents (country, last_seen DESC);
CREATE INDEX incidents_admin1_code ON incidents (admin1_code, last_seen DESC) WHERE admin1_code IS NOT NULL;
CREATE INDEX incidents_admin1_name ON incidents (lower(admin1), last_seen DESC) WHERE admin1 IS NOT NULL;
CREATE INDEX incidents_event_type ON incidents (event_type, last_seen DESC);
CREATE INDEX incidents_level ON incidents (level, last_seen DESC);
CREATE INDEX incidents_place_time ON incidents (country, admin1_key, occurred_at);
CREATE INDEX incidents_occurred_brin ON incidents USING brin (occurred_at);

-- The incident as published (up to 100 reports): apart, so that searches scan narrow rows and
-- read documents only for the page they return.
CREATE TABLE incident_docs (
  id  text PRIMARY KEY,
  doc jsonb NOT NULL
);

CREATE TABLE incident_reports (
  incident_id  text NOT NULL,
  article_id   text NOT NULL,
  source       text NOT NULL,
  url          text NOT NULL,
  title        text NOT NULL,
  published_at timestamptz NOT NULL,
  PRIMARY KEY (incident_id, article_id)
);

CREATE TABLE daily_rollups (
  day         date NOT NULL,
  country     text NOT NULL,
  admin1_key  text NOT NULL,
  event_type  text NOT NULL,
  level       smallint NOT NULL,
  admin1      text,
  admin1_code text,
  incidents   integer NOT NULL,
  killed      integer NOT NULL,
  injured     integer NOT NULL,
  PRIMARY KEY (day, country, admin1_key, event_type, level)
);
-- Trends read one place's days: index-only scans (INCLUDE) once autovacuum has marked the pages.
CREATE INDEX daily_rollups_country ON daily_rollups (country, day) INCLUDE (level, incidents, killed, injured, event_type);
CREATE INDEX daily_rollups_place ON daily_rollups (admin1_key, day) INCLUDE (country, level, incidents, killed, injured, event_type);
CREATE INDEX daily_rollups_admin1_name ON daily_rollups (lower(admin1), day) WHERE admin1 IS NOT NULL;

CREATE TABLE signals (
  id           text PRIMARY KEY,
  kind         text NOT NULL,
  country      text,
  admin1       text,
  admin1_code  text,
  place_key    text NOT NULL,
  at           timestamptz NOT NULL,
  observed     double precision NOT NULL,
  baseline     double precision NOT NULL,
  incident_ids text[] NOT NULL,
  summary      text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);
CREATE INDEX signals_place ON signals (kind, place_key, at DESC);
CREATE INDEX signals_at ON signals (at DESC);
CREATE INDEX signals_unpublished ON signals (created_at) WHERE published_at IS NULL;
`,
};
