import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CompactedLog } from './compacted-log';
import { API_KEY_PREFIX } from './record-keys';

export type ApiKeyRole = 'admin' | 'analyst';

/** A stored API key: never the key itself, only its SHA-256. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: ApiKeyRole;
  /** hex SHA-256 of the key. Keys are 256-bit random, so a fast hash is enough (no dictionary to attack). */
  hash: string;
  createdAt: string;
  createdBy: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** API keys, durable in the `rules` topic under `apikey:<id>`. */
@Injectable()
export class ApiKeyStore {
  constructor(private readonly records: CompactedLog) {}

  list(): ApiKeyRecord[] {
    return this.records
      .entries()
      .filter(([k]) => k.startsWith(API_KEY_PREFIX))
      .map(([, v]) => v as ApiKeyRecord);
  }

  get(id: string): ApiKeyRecord | undefined {
    return this.records.get(API_KEY_PREFIX + id) as ApiKeyRecord | undefined;
  }

  findByKey(key: string): ApiKeyRecord | undefined {
    const hash = hashApiKey(key);
    return this.list().find((r) => r.hash === hash);
  }

  async save(record: ApiKeyRecord): Promise<void> {
    await this.records.put(API_KEY_PREFIX + record.id, record);
  }

  remove(id: string): Promise<boolean> {
    return this.records.delete(API_KEY_PREFIX + id);
  }
}
