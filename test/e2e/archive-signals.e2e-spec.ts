import { SitrepConfig } from '@sitrep/config';
import { Incident, SitrepSignal } from '@sitrep/contracts';
import { testConfig, waitFor, withBrowserPage } from '@sitrep/testing';
import { dropTestSchema, testDatabaseUrl } from '../../libs/archive/test-support/test-database';
import { RunningSitrep, startSitrep } from '../../apps/sitrep/src/sitrep.runner';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const day = (iso: string) => WEEKDAYS[new Date(iso).getUTCDay()];

/** Quiet weeks in Nineveh: one incident a week. */
const NINEVEH_QUIET = [
  (d: string) => [`Gunmen attack army checkpoint near Tal Afar in Nineveh province, two soldiers wounded`, `Gunmen attacked an Iraqi army checkpoint near Tal Afar in Nineveh province on ${day(d)} night, wounding two soldiers, a security official said.`],
  (d: string) => [`Roadside bomb hits police convoy near Sinjar in Nineveh, three officers hurt`, `A roadside bomb struck a police convoy near Sinjar in Nineveh province on ${day(d)}, injuring three officers, police said.`],
  (d: string) => [`Militants clash with troops near Qayyarah in Nineveh province; four soldiers wounded`, `Militants clashed with Iraqi troops near Qayyarah in Nineveh province on ${day(d)}, wounding four soldiers, the army said.`],
  (d: string) => [`Mortar shells hit village near Hamdaniya in Nineveh, five civilians wounded`, `Mortar shells struck a village near Hamdaniya in Nineveh province on ${day(d)}, wounding five civilians, local officials said.`],
];
/**
 * The busy week: events as unlike each other as the news makes them (actors, acts, places), so
 * the correlator keeps them apart (it compares text and place, not dates).
 */
const NINEVEH_BUSY = [
  (d: string) => [`Suicide bomber kills four at crowded Mosul market`, `A suicide bomber blew himself up at a crowded vegetable market in Mosul on ${day(d)}, killing four shoppers, hospital sources said.`],
  (d: string) => [`Drone strike on militia depot outside Tal Afar kills three fighters`, `An unidentified drone struck a militia weapons depot outside Tal Afar in Nineveh province on ${day(d)}, killing three fighters, security sources said.`],
  (d: string) => [`Kidnappers seize two engineers on Sinjar road in Nineveh; one shot and wounded`, `Armed kidnappers seized two engineers working on the Sinjar road in Nineveh province on ${day(d)}, shooting and wounding one who resisted, a local official said.`],
  (d: string) => [`Rockets hit Zelikan military camp near Bashiqa in Nineveh, three soldiers hurt`, `Three rockets hit the Zelikan military camp near Bashiqa in Nineveh province on ${day(d)}, wounding three soldiers, the defence ministry said.`],
  (d: string) => [`Rioters torch council building in Qayyarah; twelve injured as police fire tear gas`, `Rioters angry over power cuts set fire to the council building in Qayyarah, south of Mosul, on ${day(d)}; twelve people were injured when police fired tear gas.`],
];
const BASRA_EVENTS = [
  (d: string) => [`Gunmen attack police patrol near Zubair in Basra province, two officers wounded`, `Gunmen attacked a police patrol near Zubair in Basra province on ${day(d)}, wounding two officers, police said.`],
  (d: string) => [`Grenade thrown at oil company office in Qurna, Basra; guard injured`, `An attacker threw a grenade at an oil company office in Qurna in Basra province on ${day(d)}, injuring a guard, officials said.`],
  (d: string) => [`Tribal clash in Basra's Madina district leaves three wounded`, `Fighting between two tribes in the Madina district of Basra province on ${day(d)} wounded three people, a health official said.`],
  (d: string) => [`Explosive device damages power line pylon near Shatt al-Arab in Basra`, `An explosive device damaged a power line pylon near Shatt al-Arab in Basra province on ${day(d)}, the electricity ministry said.`],
  (d: string) => [`Gunmen fire on border guards at Safwan crossing in Basra, one wounded`, `Gunmen opened fire on border guards at the Safwan crossing in Basra province on ${day(d)}, wounding one guard, officials said.`],
];
const BASRA = (d: string, n: number) => BASRA_EVENTS[n % BASRA_EVENTS.length](d);

/**
 * Escalation in context, end to end: a backfill of dated articles (four quiet weeks, then a busy
 * week in Nineveh) raises exactly one surge for Nineveh and none for Basra, and the rule
 * subscribed to surges in Nineveh gets exactly one email.
 */
describe('signals from a backfill (e2e)', () => {
  let config: SitrepConfig;
  let schema: string;
  let sitrep: RunningSitrep;
  let base: string;
  const json = async <T>(path: string) => (await (await fetch(`${base}${path}`)).json()) as T;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const article = (id: string, publishedAt: string, [title, body]: string[]) => ({ id, source: `wire-${id}`, url: `https://wire.example/${id}`, title, body, publishedAt });
  const archived = async () => (await json<{ items: Incident[] }>('/v1/incidents?country=IQ&limit=100')).items;

  beforeAll(async () => {
    const db = testDatabaseUrl();
    schema = db.schema;
    config = await testConfig({ DATABASE_URL: db.url });
    sitrep = await startSitrep(config);
    base = sitrep.url;
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, { what: 'ready', timeoutMs: 60_000 });
  });

  afterAll(async () => {
    await sitrep?.close();
    if (schema) await dropTestSchema(schema);
  });

  it('raises one surge for the busy province, none for the quiet one, and emails the subscribed rule once', async () => {
    const rule = await post('/v1/rules', { name: 'Nineveh surges', admin1: ['Nineveh'], minLevel: 5, signals: ['surge'], channels: { email: ['desk@example.org'] } }, { authorization: 'Bearer test-admin-key' });
    expect(rule.status).toBe(201);
    const ruleId = ((await rule.json()) as { id: string }).id;
    // An ordinary incident rule there: its alerts say where each incident stands.
    const incidentsRule = await post('/v1/rules', { name: 'Nineveh incidents', admin1: ['Nineveh'], minLevel: 3, channels: { email: ['analyst@example.org'] } }, { authorization: 'Bearer test-admin-key' });
    expect(incidentsRule.status).toBe(201);

    // Four quiet weeks: one incident a week in each province (Oct 26 … Nov 16, 2026).
    const quiet = [0, 1, 2, 3].flatMap((w) => {
      const d = new Date(Date.UTC(2026, 9, 27 + 7 * w, 9)).toISOString();
      return [article(`ninq${w}`, d, NINEVEH_QUIET[w](d)), article(`basq${w}`, d, BASRA(d, w))];
    });
    expect((await post('/v1/articles', quiet)).status).toBe(202);
    await waitFor(async () => (await archived()).reduce((n, i) => n + i.reports.length, 0) === 8, { what: 'the quiet weeks archived', timeoutMs: 90_000, explain: async () => (await archived()).map((i) => [i.primary.admin1, i.firstSeen]) });

    // Then a busy week in Nineveh (five incidents on five days) and the usual one in Basra.
    const busy = NINEVEH_BUSY.map((text, i) => {
      const d = new Date(Date.UTC(2026, 10, 23 + i, 9)).toISOString();
      return article(`ninb${i}`, d, text(d));
    });
    busy.push(article('basb', '2026-11-24T09:00:00Z', BASRA('2026-11-24T09:00:00Z', 4)));
    expect((await post('/v1/articles', busy)).status).toBe(202);
    // Every article in the archive (the correlator may merge two of the busy week's reports into one incident).
    await waitFor(async () => (await archived()).reduce((n, i) => n + i.reports.length, 0) === 14, { what: 'the busy week archived', timeoutMs: 90_000, explain: async () => (await archived()).map((i) => [i.primary.admin1, i.firstSeen, i.reports.length]) });

    const surges = await waitFor(async () => {
      const items = (await json<{ items: SitrepSignal[] }>('/v1/signals?kind=surge&admin1=Nineveh')).items;
      return items.length ? items : null;
    }, { what: 'a surge for Nineveh' });
    expect(surges).toHaveLength(1);
    expect(surges[0]).toMatchObject({ kind: 'surge', country: 'IQ', admin1: 'Nineveh', baseline: 1 });
    expect(surges[0].observed).toBeGreaterThanOrEqual(3);
    expect((await json<{ items: SitrepSignal[] }>('/v1/signals?kind=surge&admin1=Basra')).items).toEqual([]);

    // Exactly one email for the surge rule: its delivery recorded as sent, and no second one.
    const deliveries = async () => (await (await fetch(`${base}/v1/deliveries?rule=${ruleId}`, { headers: { authorization: 'Bearer test-admin-key' } })).json()) as { items: { status: string; ruleId: string }[] };
    await waitFor(async () => (await deliveries()).items.some((d) => d.status === 'sent'), { what: 'the surge email sent' });
    type Mail = { to: string; subject: string; text: string };
    const mails = (await json<{ items: Mail[] }>('/v1/dev/mailbox')).items;
    const surgeMails = mails.filter((m) => m.to.includes('desk@example.org'));
    expect(surgeMails).toHaveLength(1);
    expect(surgeMails[0].subject).toMatch(/^\[Sitrep\] Surge in Nineveh, IQ: /);
    expect((await deliveries()).items.filter((d) => d.status === 'sent')).toHaveLength(1);

    // The busy week's incident alerts say where they stand, e.g. "3rd level ≥ 3 incident in Nineveh (IQ) in 7 days (previous 4 weeks: 1 a week)".
    const withContext = await waitFor(async () => {
      const all = (await json<{ items: Mail[] }>('/v1/dev/mailbox')).items.filter((m) => m.to.includes('analyst@example.org'));
      return all.find((m) => /^\d+(st|nd|rd|th) level ≥ 3 incident in Nineveh \(IQ\) in 7 days \(previous 4 weeks: [\d.]+ a week\)/.test(m.text)) ?? null;
    }, { what: 'an incident alert with its history context' });
    expect(withContext.text.split('\n')[0]).toMatch(/in Nineveh \(IQ\) in 7 days/);

    // The live page lists the surge and rings its place on the map, in a real browser.
    await withBrowserPage(async (page, errors) => {
      await page.goto(`${base}/#/`);
      await page.locator('#signal-list li.kind-surge', { hasText: 'Nineveh' }).waitFor({ timeout: 30_000 });
      // One ring per signal: Nineveh's, and none for Basra (the country's own surge may ring Iraq too).
      const rings = page.locator('#map circle.signal-ring.kind-surge');
      await rings.first().waitFor({ state: 'attached', timeout: 30_000 });
      const labels = await rings.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      expect(labels.filter((l) => l.startsWith('surge: Nineveh, Iraq'))).toHaveLength(1);
      expect(labels.filter((l) => l.includes('Basra'))).toEqual([]);
      expect(await rings.count()).toBe((await json<{ items: SitrepSignal[] }>('/v1/signals?kind=surge')).items.length);
      expect(errors).toEqual([]);
    });
  });
});
