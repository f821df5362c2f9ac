import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { STAGE_NAMES } from '../../apps/sitrep/src/stage.table';

interface NestProject {
  type: 'application' | 'library';
  root: string;
  sourceRoot: string;
  entryFile: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildPlan, nestProjects } = require('./build-plan') as {
  buildPlan(root: string): { sources: string[]; data: string[] };
  nestProjects(root: string): Record<string, NestProject>;
};
const ROOT = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe(buildPlan.name, () => {
  let tree: string;
  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'sitrep-plan-'));
    for (const f of [
      'apps/x/src/main.ts', 'apps/x/src/main.spec.ts', 'apps/x/test/x.int-spec.ts', 'apps/api/src/dashboard/web/main.ts',
      'libs/y/src/index.ts', 'libs/y/src/model.weights.json', 'libs/y/src/y.d.ts', 'libs/y/src/test-fixtures/a.fixture.ts',
      'libs/y/migrations/001-init.sql', 'libs/testing/src/index.ts', 'test/e2e/a.e2e-spec.ts',
    ]) {
      mkdirSync(dirname(join(tree, f)), { recursive: true });
      writeFileSync(join(tree, f), '');
    }
    const projects = Object.fromEntries(['apps/x', 'apps/api', 'libs/y', 'libs/testing'].map((d) => [d.split('/')[1], { root: d, sourceRoot: `${d}/src` }]));
    writeFileSync(join(tree, 'nest-cli.json'), JSON.stringify({ projects }));
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('compiles app and lib sources, not tests, fixtures, the test kit or browser code', () => {
    expect(buildPlan(tree).sources).toEqual(['apps/x/src/main.ts', 'libs/y/src/index.ts']);
  });

  it('copies JSON and SQL wherever they sit under apps/ and libs/ (weights, migrations)', () => {
    expect(buildPlan(tree).data).toEqual(['libs/y/migrations/001-init.sql', 'libs/y/src/model.weights.json']);
  });
});

describe('nest-cli.json', () => {
  const projects = Object.values(nestProjects(ROOT));
  const dirs = (parent: string) => readdirSync(join(ROOT, parent), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${parent}/${e.name}`);

  it('lists every directory under apps/ (applications) and libs/ (libraries), and nothing else', () => {
    const listed = projects.map((p) => `${p.root} ${p.type}`).sort();
    const present = [...dirs('apps').map((d) => `${d} application`), ...dirs('libs').map((d) => `${d} library`)].sort();
    expect(listed).toEqual(present);
  });

  it('points every project at a source root and entry file that exist', () => {
    const missing = projects.flatMap((p) => [p.sourceRoot, `${p.sourceRoot}/${p.entryFile}.ts`]).filter((f) => !existsSync(join(ROOT, f)));
    expect(missing).toEqual([]);
  });

  it("compiles only sources under a listed project's sourceRoot", () => {
    const outside = buildPlan(ROOT).sources.filter((f) => !projects.some((p) => f.startsWith(`${p.sourceRoot}/`)));
    expect(outside).toEqual([]);
  });
});

describe('npm run build (compile only)', () => {
  const out = join(ROOT, '.scratch', `build-spec-${process.pid}`);
  beforeAll(() => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.js'), '--no-typecheck', '--out', out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the entry point, every stage, and the dashboard bundled once, without specs', () => {
    const written = files(out).map((f) => relative(out, f));
    expect(written).toEqual(expect.arrayContaining(['main.js', 'apps/sitrep/src/main.js', 'apps/ingest/src/ingest.module.js', 'libs/config/src/index.js']));
    for (const name of ['app.js', 'app.css', 'index.html', 'world.json']) expect(existsSync(join(out, 'apps/api/src/dashboard/public', name))).toBe(true);
    expect(written.filter((f) => /spec|libs\/testing|dashboard\/web\//.test(f))).toEqual([]);
  });

  it('rewrites the @sitrep/* aliases to relative paths', () => {
    const sources = files(out).filter((f) => f.endsWith('.js'));
    const aliased = sources.filter((f) => readFileSync(f, 'utf8').includes('require("@sitrep/'));
    expect(aliased).toEqual([]);
  });

  it('fails clearly on an unknown stage, naming the ones there are', () => {
    const r = spawnSync(process.execPath, [join(out, 'main.js'), 'nonsense'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`sitrep: unknown stage "nonsense"; choose from ${STAGE_NAMES.join(', ')}, or all\n`);
  });
});
