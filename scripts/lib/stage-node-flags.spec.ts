import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const STAGE_NODE_FLAGS: string[] = require('./stage-node-flags');
const ROOT = join(__dirname, '..', '..');

describe('stage node flags', () => {
  it('are options this Node accepts (a misspelt V8 flag would stop every stage at start)', () => {
    const r = spawnSync(process.execPath, [...STAGE_NODE_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('are given by every `npm run start:<stage>` script, before the stage is loaded', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const starts = Object.entries(scripts).filter(([name]) => name.startsWith('start:'));
    expect(starts.map(([name]) => name).sort()).toEqual(['start:api', 'start:archiver', 'start:classifier', 'start:correlator', 'start:ingest', 'start:notifier']);
    for (const [, command] of starts) {
      const args = command.split(/\s+/);
      const firstRequire = args.indexOf('-r');
      for (const flag of STAGE_NODE_FLAGS) {
        expect(args.indexOf(flag)).toBeGreaterThan(0);
        expect(args.indexOf(flag)).toBeLessThan(firstRequire);
      }
    }
  });

  it('are the ones `npm start` gives its process', () => {
    const start = readFileSync(join(ROOT, 'scripts', 'start.js'), 'utf8');
    expect(start).toMatch(/spawn\(process\.execPath, \[\.\.\.STAGE_NODE_FLAGS,/);
  });
});
