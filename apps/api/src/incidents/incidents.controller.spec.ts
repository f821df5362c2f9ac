import { BadRequestException } from '@nestjs/common';
import { IncidentSearch, InvalidCursorError } from '@sitrep/archive';
import { IncidentStore } from '@sitrep/correlation';
import { makeIncident } from '../../../../libs/archive/test-support/incident.factory';
import { IncidentsController } from './incidents.controller';

describe(IncidentsController.name, () => {
  const anbar = makeIncident({ id: 'a', reportsAt: ['2026-06-01T10:00:00Z'], admin1: 'Al Anbar', admin1Code: 'IQ-AN', title: 'Rockets hit Ain al-Asad' });
  const nineveh = makeIncident({ id: 'n', reportsAt: ['2026-06-02T10:00:00Z'], admin1: 'Nineveh', admin1Code: 'IQ-NI', title: 'Clash near Mosul' });
  const redis = { list: async () => [nineveh, anbar], get: async (id: string) => (id === 'a' ? anbar : null) } as unknown as IncidentStore;
  const down = { page: async () => { throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }); }, get: async () => { throw new Error('down'); } } as unknown as IncidentSearch;

  it('answers from the archive, with its cursor', async () => {
    const archive = { page: async () => ({ items: [anbar], nextCursor: 'abc' }) } as unknown as IncidentSearch;
    const sut = new IncidentsController(redis, archive);
    expect(await sut.list({ q: 'Asad' })).toEqual({ items: [anbar], nextCursor: 'abc' });
  });

  it('falls back to Redis, filtered in memory, when the archive is down', async () => {
    const sut = new IncidentsController(redis, down);
    expect((await sut.list({ admin1: 'IQ-AN' })).items.map((i) => i.id)).toEqual(['a']);
    expect((await sut.list({ q: 'Mosul' })).items.map((i) => i.id)).toEqual(['n']);
    expect(await sut.list({ cursor: 'abc' })).toEqual({ items: [], nextCursor: null });
    expect((await sut.get('a')).id).toBe('a');
  });

  it('refuses a cursor it did not issue', async () => {
    const archive = { page: async () => { throw new InvalidCursorError('bad'); } } as unknown as IncidentSearch;
    await expect(new IncidentsController(redis, archive).list({ cursor: 'zzz' })).rejects.toBeInstanceOf(BadRequestException);
  });
});
