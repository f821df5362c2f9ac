import { Migration } from '../migrator';
import { archiveMigration } from './0001-archive.migration';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [archiveMigration];
