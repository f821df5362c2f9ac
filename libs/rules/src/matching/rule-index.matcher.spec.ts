import type { Incident, Rule } from '@sitrep/contracts';
import { makeIncident, makeRule, seededRandom } from '../test-support/rule-fixtures';
import { linearScanMatch } from './linear-scan.matcher';
import type { RuleMatch } from './match-reason.types';
import { RuleIndex } from './rule-index.matcher';

function ids(matches: RuleMatch[]): string[] {
  return matches.map((m) => m.rule.id).sort();
}

/** Sorted ids with reasons, as one string per incident: cheap to compare in bulk. */
function canonical(matches: RuleMatch[]): string {
  return JSON.stringify([...matches].sort((a, b) => a.rule.id.localeCompare(b.rule.id)).map((m) => [m.rule.id, m.reason]));
}

function byId(matches: RuleMatch[]): Record<string, RuleMatch['reason']> {
  return Object.fromEntries(matches.map((m) => [m.rule.id, m.reason]));
}

describe(RuleIndex.name, () => {
  describe('match semantics', () => {
    let sut: RuleIndex;
    beforeEach(() => { sut = new RuleIndex(); });

    it('matches by country and level and says why', () => {
      sut.upsert(makeRule({ id: 'iq3', countries: ['IQ'], minLevel: 3 }));
      sut.upsert(makeRule({ id: 'iq4', countries: ['IQ'], minLevel: 4 }));
      sut.upsert(makeRule({ id: 'sy', countries: ['SY'], minLevel: 1 }));

      const matches = sut.match(makeIncident({ level: 3 }));

      expect(ids(matches)).toEqual(['iq3']);
      expect(matches[0].reason).toMatchObject({
        level: 3, levelName: 'significant', minLevel: 3, geography: { countries: ['IQ'], admin1: [], regions: [] },
      });
    });

    it('matches admin-1 after folding generic words and accents, and honours a country qualifier', () => {
      sut.upsert(makeRule({ id: 'plain', admin1: ['KIRKÜK'] }));
      sut.upsert(makeRule({ id: 'iq', admin1: ['IQ:Kirkuk Province'] }));
      sut.upsert(makeRule({ id: 'sy', admin1: ['SY:Kirkuk'] }));

      const matches = sut.match(makeIncident());

      expect(ids(matches)).toEqual(['iq', 'plain']);
      expect(byId(matches).plain.geography?.admin1).toEqual(['KIRKÜK']);
    });

    it('matches ISO 3166-2 admin-1 codes, and a name matches every spelling of its unit (v1.1)', () => {
      sut.upsert(makeRule({ id: 'code', admin1: ['IQ-SD'] }));
      sut.upsert(makeRule({ id: 'lower', admin1: ['iq-sd'] }));
      sut.upsert(makeRule({ id: 'variant', admin1: ['Salah al-Din'] }));
      sut.upsert(makeRule({ id: 'other', admin1: ['IQ-KI'] }));
      sut.upsert(makeRule({ id: 'wrongCountry', admin1: ['SY:Salah al-Din'] }));
      const incident = makeIncident({ primary: { country: 'IQ', admin1: 'Saladin', admin1Code: 'IQ-SD', admin2: null, city: 'Tikrit', lat: 34.6, lon: 43.68 } });

      expect(ids(sut.match(incident))).toEqual(['code', 'lower', 'variant']);
    });

    it('matches a rule on "West Bank" for an incident in one of its governorates (ISO 3166-2:PS)', () => {
      sut.upsert(makeRule({ id: 'westBank', admin1: ['West Bank'] }));
      sut.upsert(makeRule({ id: 'gaza', admin1: ['Gaza Strip'] }));
      sut.upsert(makeRule({ id: 'nablus', admin1: ['PS-NBS'] }));
      const incident = makeIncident({ countries: ['PS'], primary: { country: 'PS', admin1: 'Nablus', admin1Code: 'PS-NBS', admin2: null, city: 'Huwwarah', lat: 32.15, lon: 35.26 } });

      expect(ids(sut.match(incident)).sort()).toEqual(['nablus', 'westBank']);
    });

    it('matches a name rule on an incident whose admin-1 is spelt differently, through its code', () => {
      sut.upsert(makeRule({ id: 'donetsk', admin1: ['Donetsk'] }));
      sut.upsert(makeRule({ id: 'raqqa', admin1: ['Ar-Raqqa'] }));
      const ua = makeIncident({ countries: ['UA'], primary: { country: 'UA', admin1: 'Donetska', admin1Code: 'UA-14', admin2: null, city: null, lat: null, lon: null } });
      const sy = makeIncident({ countries: ['SY'], primary: { country: 'SY', admin1: 'Al-Raqqah', admin1Code: 'SY-RA', admin2: null, city: null, lat: null, lon: null } });

      expect(ids(sut.match(ua))).toEqual(['donetsk']);
      expect(ids(sut.match(sy))).toEqual(['raqqa']);
    });

    it('matches macro-regions case-insensitively from region or regions', () => {
      sut.upsert(makeRule({ id: 'me', regions: ['middle east'] }));
      sut.upsert(makeRule({ id: 'wa', regions: ['Western Asia'] }));
      sut.upsert(makeRule({ id: 'eu', regions: ['Eastern Europe'] }));

      expect(ids(sut.match(makeIncident()))).toEqual(['me', 'wa']);
    });

    it('puts rules without a place in the wildcard bucket', () => {
      sut.upsert(makeRule({ id: 'any5', minLevel: 5 }));
      sut.upsert(makeRule({ id: 'any2', minLevel: 2 }));

      const matches = sut.match(makeIncident({ countries: ['BR'], primary: { country: 'BR', admin1: null, city: null, lat: null, lon: null }, level: 4 }));

      expect(ids(matches)).toEqual(['any2']);
      expect(matches[0].reason.geography).toBeNull();
    });

    it('matches keywords as whole folded words and phrases in summary, titles and text', () => {
      sut.upsert(makeRule({ id: 'phrase', keywords: ['Air Base'] }));
      sut.upsert(makeRule({ id: 'accent', keywords: ['Mosul'] }));
      sut.upsert(makeRule({ id: 'partial', keywords: ['base air'] }));
      sut.upsert(makeRule({ id: 'substring', keywords: ['dron'] }));
      sut.upsert(makeRule({ id: 'text', keywords: ['pipeline'] }));

      const incident = makeIncident({
        summary: 'Drones hit an air-base near MÓSUL',
        reports: [{ articleId: 'a', source: 'x', url: 'https://x.test/a', title: 'Second report', publishedAt: '2024-05-01T10:00:00Z' }],
      });

      expect(ids(sut.match(incident))).toEqual(['accent', 'phrase']);
      expect(ids(sut.match(incident, 'The Pipeline was also damaged.'))).toEqual(['accent', 'phrase', 'text']);
    });

    it('does not let a phrase span two report titles', () => {
      sut.upsert(makeRule({ id: 'r', keywords: ['mosul airport'] }));
      const incident = makeIncident({
        reports: ['Clashes in Mosul', 'Airport closed'].map((title, i) => ({
          articleId: `a${i}`, source: 's', url: 'https://s.test', title, publishedAt: '2024-05-01T10:00:00Z',
        })),
      });

      expect(sut.match(incident)).toEqual([]);
    });

    it('applies keywordMode all and reports every matched keyword', () => {
      sut.upsert(makeRule({ id: 'all', keywords: ['drone', 'refinery'], keywordMode: 'all' }));
      sut.upsert(makeRule({ id: 'any', keywords: ['drone', 'refinery', 'tank'] }));

      expect(ids(sut.match(makeIncident({ summary: 'drone strike' })))).toEqual(['any']);
      const both = sut.match(makeIncident({ summary: 'drone strike on refinery' }));
      expect(ids(both)).toEqual(['all', 'any']);
      expect(byId(both).any.keywords).toEqual(['drone', 'refinery']);
    });

    it('applies actors with any/all against the incident actors', () => {
      sut.upsert(makeRule({ id: 'any', actors: ['Hezbollah', 'Hamas'] }));
      sut.upsert(makeRule({ id: 'all', actors: ['Hezbollah', 'Israel Defense Forces'], actorMode: 'all' }));

      const matches = sut.match(makeIncident({ actors: ['Hezbollah fighters', 'Military Forces of Israel'] }));

      expect(ids(matches)).toEqual(['any']);
      expect(byId(matches).any.actors).toEqual(['Hezbollah']);
    });

    it('filters by event type (type or sub-type) and by source name or URL domain', () => {
      sut.upsert(makeRule({ id: 'battles', eventTypes: ['battles'] }));
      sut.upsert(makeRule({ id: 'riots', eventTypes: ['Riots'] }));
      sut.upsert(makeRule({ id: 'sub', eventTypes: ['Armed clash'] }));
      sut.upsert(makeRule({ id: 'domain', sources: ['reuters.com'] }));
      sut.upsert(makeRule({ id: 'name', sources: ['BBC'] }));

      const incident = makeIncident({
        subEventType: 'Armed clash',
        reports: [{ articleId: 'a', source: 'Wire', url: 'https://www.uk.reuters.com/x', title: 't', publishedAt: '2024-05-01T10:00:00Z' }],
      });

      expect(ids(sut.match(incident))).toEqual(['battles', 'domain', 'sub']);
    });

    it('replaces a rule on upsert and forgets it on remove', () => {
      sut.upsert(makeRule({ id: 'r', countries: ['SY'] }));
      sut.upsert(makeRule({ id: 'r', countries: ['IQ'] }));
      expect(sut.size).toBe(1);
      expect(ids(sut.match(makeIncident()))).toEqual(['r']);

      expect(sut.remove('r')).toBe(true);
      expect(sut.remove('r')).toBe(false);
      expect(sut.size).toBe(0);
      expect(sut.match(makeIncident())).toEqual([]);
    });

    it('returns a rule under several keys once', () => {
      sut.upsert(makeRule({ id: 'r', countries: ['IQ', 'SY'], regions: ['Middle East'], keywords: ['kirkuk', 'clash'] }));

      const matches = sut.match(makeIncident({ countries: ['IQ', 'SY'], summary: 'Clash in Kirkuk' }));

      expect(ids(matches)).toEqual(['r']);
      expect(matches[0].reason.geography).toEqual({ countries: ['IQ', 'SY'], admin1: [], regions: ['Middle East'] });
    });

    it('evaluates only the candidates of the incident\'s buckets, not every rule', () => {
      for (let i = 0; i < 1000; i++) sut.upsert(makeRule({ id: `iq-${i}`, countries: ['IQ'], minLevel: 1 }));
      for (let i = 0; i < 500; i++) sut.upsert(makeRule({ id: `ua5-${i}`, countries: ['UA'], minLevel: 5 }));
      for (let i = 0; i < 500; i++) sut.upsert(makeRule({ id: `kw-${i}`, countries: ['UA'], keywords: [`word${i}`] }));
      sut.upsert(makeRule({ id: 'ua', countries: ['UA'], minLevel: 2 }));
      const before = sut.evaluations;

      const matches = sut.match(makeIncident({ countries: ['UA'], primary: { country: 'UA', admin1: null, city: null, lat: null, lon: null }, region: null, regions: [], summary: 'word7 reported' }));

      expect(ids(matches)).toEqual(['kw-7', 'ua']);
      expect(sut.evaluations - before).toBe(2);
    });
  });

  describe('equals the linear scan (property test)', () => {
    const random = seededRandom(20240501);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const some = <T>(xs: readonly T[], max: number): T[] => {
      const n = Math.floor(random() * (max + 1));
      return Array.from({ length: n }, () => pick(xs));
    };
    const maybe = <T>(p: number, value: () => T): T | undefined => (random() < p ? value() : undefined);

    const COUNTRIES = ['IQ', 'SY', 'UA', 'RU', 'IL', 'iq'];
    const ADMIN1 = ['Kirkuk', 'Kirkuk Governorate', 'IQ:Kirkuk', 'SY/Kirkuk', 'Nineveh', 'Donetsk Oblast', 'Ninéveh'];
    const REGIONS = ['Middle East', 'Western Asia', 'eastern  europe', 'Eastern Europe'];
    const TYPES = ['Battles', 'battles', 'Riots', 'Protests', 'Explosions/Remote violence', 'Armed clash'];
    const WORDS = ['drone', 'Drone strike', 'strike', 'Mosul', 'Móśul', 'air base', 'base', '!!!', 'attack', 'oil', 'refinery', 'air'];
    const ACTORS = ['Hezbollah', 'Islamic State', 'state', 'Wagner Group', 'forces'];
    const SOURCES = ['reuters', 'reuters.com', 'www.bbc.co.uk', 'co.uk', 'aljazeera'];
    const SENTENCE_WORDS = ['drone', 'strike', 'Mosul', 'MOSUL', 'air', 'base', 'attack', 'oil', 'refinery', 'on', 'the', 'Móśul'];

    function randomRule(i: number): Rule {
      return makeRule({
        id: `r${i}`,
        minLevel: 1 + Math.floor(random() * 5),
        countries: maybe(0.5, () => some(COUNTRIES, 2)),
        admin1: maybe(0.2, () => some(ADMIN1, 2)),
        regions: maybe(0.2, () => some(REGIONS, 2)),
        eventTypes: maybe(0.3, () => some(TYPES, 2)),
        keywords: maybe(0.4, () => some(WORDS, 3)),
        keywordMode: maybe(0.5, () => pick(['any', 'all'] as const)),
        actors: maybe(0.2, () => some(ACTORS, 2)),
        actorMode: maybe(0.5, () => pick(['any', 'all'] as const)),
        sources: maybe(0.15, () => some(SOURCES, 2)),
      });
    }

    function sentence(): string {
      return Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(SENTENCE_WORDS)).join(pick([' ', ', ', '-']));
    }

    function randomIncident(i: number): Incident {
      const country = pick(['IQ', 'SY', 'UA', 'RU', 'IL', 'BR']);
      return makeIncident({
        id: `i${i}`,
        level: (1 + Math.floor(random() * 5)) as Incident['level'],
        eventType: pick(['Battles', 'Riots', 'Protests', 'Explosions/Remote violence']),
        subEventType: maybe(0.3, () => 'Armed clash') ?? null,
        countries: [country, ...some(['IQ', 'SY', 'UA'], 1)],
        primary: { country, admin1: maybe(0.6, () => pick(['Kirkuk', 'Nineveh Governorate', 'Donetsk'])) ?? null, city: null, lat: null, lon: null },
        region: maybe(0.7, () => pick(['Western Asia', 'Eastern Europe'])) ?? null,
        regions: maybe(0.5, () => some(REGIONS, 2)),
        summary: maybe(0.8, sentence),
        actors: some(['Hezbollah', 'Islamic State of Iraq', 'Wagner Group forces', 'Police'], 2),
        reports: Array.from({ length: Math.floor(random() * 3) }, (_, k) => ({
          articleId: `a${i}-${k}`,
          source: pick(['Reuters', 'AP', 'Al Jazeera']),
          url: pick(['https://www.reuters.com/x', 'https://news.bbc.co.uk/y', 'https://apnews.com/z', 'not a url']),
          title: sentence(),
          publishedAt: '2024-05-01T10:00:00Z',
        })),
      });
    }

    it('returns the same matches and reasons as linearScanMatch for random rules and incidents', () => {
      const rules = Array.from({ length: 1500 }, (_, i) => randomRule(i));
      const sut = new RuleIndex();
      for (const rule of rules) sut.upsert(rule);
      let totalMatches = 0;
      const fromIndex: string[] = [];
      const fromScan: string[] = [];

      for (let i = 0; i < 400; i++) {
        const incident = randomIncident(i);
        const text = maybe(0.3, sentence);
        fromIndex.push(`${incident.id} ${canonical(sut.match(incident, text))}`);
        const scanned = linearScanMatch(rules, incident, text);
        fromScan.push(`${incident.id} ${canonical(scanned)}`);
        totalMatches += scanned.length;
      }

      expect(fromIndex).toEqual(fromScan);
      // The generator must produce matches, or the equality above proves nothing.
      expect(totalMatches).toBeGreaterThan(2000);
    });

    it('stays equal to the scan after upserts and removals', () => {
      const sut = new RuleIndex();
      const live = new Map<string, Rule>();
      for (let step = 0; step < 3000; step++) {
        const id = `r${Math.floor(random() * 400)}`;
        if (random() < 0.25) { sut.remove(id); live.delete(id); } else {
          const rule = { ...randomRule(0), id };
          sut.upsert(rule); live.set(id, rule);
        }
      }
      expect(sut.size).toBe(live.size);

      for (let i = 0; i < 200; i++) {
        const incident = randomIncident(i);
        expect(ids(sut.match(incident))).toEqual(ids(linearScanMatch(live.values(), incident)));
      }
    });
  });
});
