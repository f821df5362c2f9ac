import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { testEnv, waitFor } from '@sitrep/testing';
import { NODE_FLAGS } from '../../apps/sitrep/src/node-flags';

const ROOT = join(__dirname, '..', '..');

/** The command lines of a process and of its children (the entry may re-execute itself as a child). */
function commandLines(pid: number): string[] {
  const read = (p: number) => (existsSync(`/proc/${p}/cmdline`) ? readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').join(' ') : '');
  const childrenFile = `/proc/${pid}/task/${pid}/children`;
  const children = existsSync(childrenFile) ? readFileSync(childrenFile, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
  return [read(pid), ...children.map(read)];
}

/**
 * The product as shipped: `npm run build`'s compiled output (into a scratch folder, compile only),
 * every stage started by `node <out>/main.js` with no flags and no ts-node, serving the dashboard
 * bundled at build time and carrying an article through to an incident.
 */
describe('compiled build (e2e)', () => {
  const out = join(ROOT, '.scratch', `e2e-dist-${process.pid}`);
  let child: ChildProcess;
  let base: string;
  let log = '';

  beforeAll(async () => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.js'), '--no-typecheck', '--out', out], { encoding: 'utf8' });
    expect(build.status).toBe(0);
    const env = await testEnv({ LOG_LEVEL: 'info' });
    base = `http://127.0.0.1:${env.PORT}`;
    child = spawn(process.execPath, [join(out, 'main.js')], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (log += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (log += d.toString('utf8')));
    await waitFor(async () => child.exitCode === null && (await fetch(`${base}/health/ready`)).status === 200, { what: 'the compiled sitrep to be ready', timeoutMs: 120_000, explain: () => log.slice(-2000) });
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(out, { recursive: true, force: true });
  });

  it('runs with the node flags, added by the entry itself', () => {
    const lines = commandLines(child.pid!);
    for (const flag of NODE_FLAGS) expect(lines.some((l) => l.includes(flag) && l.includes(join(out, 'main.js')))).toBe(true);
  });

  it('serves the dashboard bundled at build time, not built at start', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Sitrep</title>');
    const js = Buffer.from(await (await fetch(`${base}/assets/app.js`)).arrayBuffer());
    expect(js.equals(readFileSync(join(out, 'apps/api/src/dashboard/public/app.js')))).toBe(true);
    expect(log).toContain('"msg":"dashboard loaded"');
    expect(log).not.toContain('"msg":"dashboard built"');
  });

  it('carries a posted article through every compiled stage to an incident', async () => {
    const article = {
      source: 'Test Wire',
      url: `https://wire.example/compiled-${Date.now()}`,
      title: 'Rocket strike kills five in Baghdad',
      body: 'A rocket strike killed five people and wounded twelve in Baghdad, Iraq, on Monday, officials said.',
      publishedAt: new Date().toISOString(),
    };
    const res = await fetch(`${base}/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article) });
    expect(res.status).toBe(202);
    const items = await waitFor(async () => {
      const body = (await (await fetch(`${base}/v1/incidents?country=IQ`)).json()) as { items: { level: number }[] };
      return body.items.length ? body.items : null;
    }, { what: 'the incident', timeoutMs: 60_000 });
    expect(items[0].level).toBeGreaterThanOrEqual(4);
  }, 90_000);

  it('stops cleanly on SIGTERM: stages closed, then exit 0 or the signal re-raised', async () => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code, signal] = await exited;
    // Two listeners close the stages: the entry's own (exit 0 once closed) and each Nest app's
    // shutdown hook (re-raises the signal once closed); whichever finishes first ends the
    // process. An error while closing exits 1, which this refuses.
    expect([{ code: 0, signal: null }, { code: null, signal: 'SIGTERM' }]).toContainEqual({ code, signal });
    expect(log).not.toMatch(/Called end on pool more than once|Unhandled|failed to stop/i);
  }, 60_000);
});
