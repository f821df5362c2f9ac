import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingNodeFlags, NODE_FLAGS } from './node-flags';

const ROOT = join(__dirname, '..', '..', '..');

describe('node flags', () => {
  it('are options this Node accepts (a misspelt V8 flag would stop every stage at start)', () => {
    const r = spawnSync(process.execPath, [...NODE_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('are all missing from a bare `node dist/main.js`, so the entry re-executes itself with them', () => {
    expect(missingNodeFlags([])).toEqual([...NODE_FLAGS]);
    expect(missingNodeFlags(['-r', 'ts-node/register'])).toEqual([...NODE_FLAGS]);
  });

  it('are not added again when given, nor over an explicit other value (a bench experiment wins)', () => {
    expect(missingNodeFlags(NODE_FLAGS)).toEqual([]);
    expect(missingNodeFlags(['--max-semi-space-size=16'])).toEqual([]);
    expect(missingNodeFlags(['--max_semi_space_size=16'])).toEqual([]);
  });

  it('are written nowhere else: no package script or launcher repeats them', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const launchers = [...Object.values(scripts), readFileSync(join(ROOT, 'scripts', 'start.js'), 'utf8'), readFileSync(join(ROOT, 'Dockerfile'), 'utf8')];
    for (const flag of NODE_FLAGS) for (const text of launchers) expect(text).not.toContain(flag.split('=')[0]);
  });
});
