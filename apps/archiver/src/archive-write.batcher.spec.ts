import { ArchivedChange, toIncidentRow } from '@sitrep/archive';
import { Incident } from '@sitrep/contracts';
import { makeIncident } from '../../../libs/archive/test-support/incident.factory';
import { ArchiveWriteBatcher, IncidentWriter } from './archive-write.batcher';

/** Writes every incident as a change, except those whose id is in `failing`; records each call. */
class FakeWriter implements IncidentWriter {
  readonly calls: string[][] = [];
  private release: (() => void) | null = null;
  constructor(private readonly failing = new Set<string>(), private hold = false) {}

  async upsertMany(incidents: Incident[]): Promise<ArchivedChange[]> {
    this.calls.push(incidents.map((i) => i.id));
    if (this.hold) await new Promise<void>((r) => (this.release = r));
    if (incidents.some((i) => this.failing.has(i.id))) throw new Error('invalid input value');
    return incidents.map((i) => ({ next: toIncidentRow(i) }));
  }

  open(): void {
    this.hold = false;
    this.release?.();
  }
}

const at = '2026-11-20T10:00:00Z';

describe(ArchiveWriteBatcher.name, () => {
  it('writes the incidents that wait behind a transaction in flight in one batch', async () => {
    const writer = new FakeWriter(new Set(), true);
    const sut = new ArchiveWriteBatcher(writer, 500, 1);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => makeIncident({ id, reportsAt: [at] }));
    const done = [sut.write(a), sut.write(b), sut.write(c)];
    writer.open();
    const changes = await Promise.all(done);
    expect(writer.calls).toEqual([['a'], ['b', 'c']]);
    expect(changes.map((ch) => ch?.next.id)).toEqual(['a', 'b', 'c']);
  });

  it('resolves a version another one in its batch replaced as unchanged', async () => {
    const writer: IncidentWriter = { upsertMany: async (list) => [{ next: toIncidentRow(list[list.length - 1]) }] };
    const sut = new ArchiveWriteBatcher(writer, 500, 1);
    const older = makeIncident({ id: 'x', reportsAt: [at] });
    const newer = makeIncident({ id: 'x', reportsAt: [at, '2026-11-20T11:00:00Z'] });
    const blocker = sut.write(makeIncident({ id: 'y', reportsAt: [at] }));
    const [a, b] = await Promise.all([sut.write(older), sut.write(newer), blocker]);
    expect(a).toBeUndefined();
    expect(b?.next.version).toBe(2);
  });

  it('fails only the bad incident of a failed batch', async () => {
    const writer = new FakeWriter(new Set(['bad']), true);
    const sut = new ArchiveWriteBatcher(writer, 500, 1);
    const first = sut.write(makeIncident({ id: 'first', reportsAt: [at] }));
    const good = sut.write(makeIncident({ id: 'good', reportsAt: [at] }));
    const bad = sut.write(makeIncident({ id: 'bad', reportsAt: [at] }));
    writer.open();
    await expect(first).resolves.toBeDefined();
    await expect(good).resolves.toBeDefined();
    await expect(bad).rejects.toThrow('invalid input value');
    expect(writer.calls).toEqual([['first'], ['good', 'bad'], ['good'], ['bad']]);
  });
});
