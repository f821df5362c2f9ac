import { archiveConnectionString } from './archive.module';

describe(archiveConnectionString.name, () => {
  it('adds the session settings before the options already given (those win)', () => {
    const u = new URL(archiveConnectionString('postgres://postgres@127.0.0.1:5432/sitrep?options=-c%20search_path%3Dt_1'));
    expect(u.searchParams.get('options')).toBe('-c random_page_cost=1.1 -c search_path=t_1');
    expect(`${u.protocol}//${u.username}@${u.host}${u.pathname}`).toBe('postgres://postgres@127.0.0.1:5432/sitrep');
  });

  it('adds them to a URL without options', () => {
    expect(new URL(archiveConnectionString('postgres://u:p@db:5432/sitrep')).searchParams.get('options')).toBe('-c random_page_cost=1.1');
  });
});
