import { Migration } from '../migrator';
import { archiveMigration } from './0001-archive.migration';
import { searchFiltersGinMigration } from './0002-search-filters-gin.migration';
import { rollupsCountryKeyMigration } from './0003-rollups-country-key.migration';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [archiveMigration, searchFiltersGinMigration, rollupsCountryKeyMigration];
