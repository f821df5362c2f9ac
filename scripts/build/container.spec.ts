import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { STAGE_NAMES } from '../../apps/sitrep/src/stage.table';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, unknown>;
  ports?: string[];
  container_name?: string;
}

const compose = load(read('docker-compose.yml')) as { services: Record<string, Service> };
/** Dockerfile instructions, continuation lines joined, comments dropped. */
const dockerfile = read('Dockerfile').replace(/\\\n\s*/g, ' ').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const stages = (() => {
  const at = dockerfile.map((l, i) => (l.startsWith('FROM ') ? i : -1)).filter((i) => i >= 0);
  return at.map((start, k) => dockerfile.slice(start, at[k + 1]));
})();

describe('docker-compose.yml', () => {
  it.each(STAGE_NAMES)('runs stage %s as its own service from the one image, with health and environment', (stage) => {
    const s = compose.services[stage];
    expect(s).toBeDefined();
    expect(s.command).toEqual([stage]);
    expect(s.image).toBe(compose.services[STAGE_NAMES[0]].image);
    expect(s.build).toBe('.');
    expect(s.healthcheck?.test.join(' ')).toContain('/health/live');
    expect(s.environment).toMatchObject({ KAFKA_BROKERS: expect.stringMatching(/^kafka:/), REDIS_URL: expect.stringMatching(/^redis:\/\/redis:/), SMTP_URL: expect.stringMatching(/^smtp:\/\/mailpit:/) });
    for (const dependency of Object.keys(s.depends_on ?? {})) expect(compose.services[dependency]).toBeDefined();
  });

  it('can scale every stage but the api (which keeps the dashboard at one address): no container names, no fixed host port', () => {
    for (const stage of STAGE_NAMES.filter((s) => s !== 'api')) {
      expect(compose.services[stage].container_name).toBeUndefined();
      for (const port of compose.services[stage].ports ?? []) expect(port).toMatch(/^\d+-\d+:\d+$/);
    }
  });

  it('runs the infrastructure: Kafka (KRaft), Redis, PostgreSQL (database sitrep) and Mailpit', () => {
    const { kafka, redis, postgres, mailpit } = compose.services;
    expect(kafka.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(String(kafka.environment?.KAFKA_ADVERTISED_LISTENERS)).toContain('kafka:19092');
    expect(redis.image).toMatch(/^redis:/);
    expect(postgres.image).toBe('postgres:15');
    expect(postgres.environment?.POSTGRES_DB).toBe('sitrep');
    expect(mailpit.image).toMatch(/mailpit/);
  });
});

describe('Dockerfile', () => {
  const [build, runtime] = stages;

  it('builds on Node 24 with the command `npm run build` is', () => {
    expect(dockerfile.find((l) => l.startsWith('ARG NODE_IMAGE='))).toMatch(/=node:24-/);
    expect(build).toContain('RUN npm ci --no-audit --no-fund');
    expect(build).toContain('RUN npm run build');
    expect(JSON.parse(read('package.json')).scripts.build).toBe('node scripts/build.js');
  });

  it('ships production dependencies and dist/ only, as a non-root user, with a health check on /health/live', () => {
    expect(runtime.some((l) => /^RUN npm ci --omit=dev\b/.test(l))).toBe(true);
    expect(runtime.filter((l) => l.startsWith('COPY --from=build'))).toEqual(['COPY --from=build /app/dist ./dist']);
    expect(runtime.find((l) => l.startsWith('USER '))).toMatch(/^USER (?!root\b)\w+/);
    expect(runtime.find((l) => l.startsWith('HEALTHCHECK '))).toContain('/health/live');
    expect(runtime).toContain('ENTRYPOINT ["node", "dist/main.js"]');
  });

  it('leaves installed and built files out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
  });
});
