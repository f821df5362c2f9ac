import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectStages, STAGE_NAMES, StageSelectionError, STAGES } from './stage.table';

const ROOT = join(__dirname, '..', '..', '..');

describe(selectStages.name, () => {
  it('runs every stage when nothing is asked for', () => {
    expect(STAGE_NAMES).toEqual(expect.arrayContaining(['ingest', 'classifier', 'correlator', 'notifier', 'api']));
    expect(selectStages([])).toEqual(STAGE_NAMES);
    expect(selectStages(['all'])).toEqual(STAGE_NAMES);
  });

  it('takes the command line over SITREP_STAGES, and SITREP_STAGES over the default', () => {
    expect(selectStages(['classifier'], ['api'])).toEqual(['classifier']);
    expect(selectStages([], ['notifier', 'correlator'])).toEqual(['correlator', 'notifier']);
  });

  it('accepts several stages, comma-separated or not, in table order and without repeats', () => {
    expect(selectStages(['api,ingest', 'api'])).toEqual(['ingest', 'api']);
  });

  it('refuses an unknown stage, naming it and the stages there are', () => {
    expect(() => selectStages(['classifier', 'nonsense'])).toThrow(StageSelectionError);
    expect(() => selectStages(['nonsense'])).toThrow(`unknown stage "nonsense"; choose from ${STAGE_NAMES.join(', ')}, or all`);
    expect(() => selectStages([','])).toThrow(/no stage given/);
  });
});

describe('STAGES', () => {
  it('has one `npm run start:<stage>` script per stage, running the compiled entry', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const starts = Object.keys(scripts).filter((s) => s.startsWith('start:'));
    expect(starts.sort()).toEqual(STAGE_NAMES.map((s) => `start:${s}`).sort());
    for (const stage of STAGE_NAMES) expect(scripts[`start:${stage}`]).toMatch(new RegExp(`node dist/main\\.js ${stage}$`));
  });

  it('loads each stage module (a wrong path or export fails here, not in production)', async () => {
    for (const stage of STAGE_NAMES) expect(typeof (await STAGES[stage].load())).toBe('function');
  }, 60_000);
});
