import { Provider } from '@nestjs/common';
import { SITREP_CONFIG, SitrepConfig } from '@sitrep/config';
import { REDIS, RedisClient } from '@sitrep/redis';
import { IncidentStore } from './incident.store';

/**
 * The IncidentStore of an app: the correlator writes through it and the api reads through it,
 * so both must use the same key prefix and window — hence one provider.
 */
export const incidentStoreProvider: Provider = {
  provide: IncidentStore,
  inject: [REDIS, SITREP_CONFIG],
  useFactory: (redis: RedisClient, c: SitrepConfig) =>
    new IncidentStore(redis, { prefix: `${c.redis.prefix}correlator:`, windowMs: c.incidents.windowSeconds * 1000 }),
};
