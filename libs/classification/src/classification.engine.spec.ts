import { Classification } from '@sitrep/contracts';
import { ClassificationEngine } from './classification.engine';
import { AIN_AL_ASAD } from './test-fixtures/ain-al-asad.fixture';

describe(ClassificationEngine.name, () => {
  let sut: ClassificationEngine;

  beforeAll(() => {
    sut = ClassificationEngine.create();
  }, 60_000);

  const place = (c: Classification, name: string) => c.places.find((p) => p.name === name);

  describe('the Ain al-Asad report', () => {
    let result: Classification;
    beforeAll(() => {
      result = sut.classify(AIN_AL_ASAD);
    });

    it('puts the event in Iraq, Al Anbar, Western Asia and the Middle East', () => {
      expect(result.primary.country).toBe('IQ');
      expect(result.primary.admin1).toBe('Al Anbar');
      expect(result.region).toBe('Western Asia');
      expect(result.regions).toEqual(expect.arrayContaining(['Western Asia', 'Middle East']));
      expect(result.countries[0]).toBe('IQ');
    });

    it('resolves Haditha and keeps Babil and Jurf al-Sakhar as background places', () => {
      expect(place(result, 'Haditha')).toMatchObject({ country: 'IQ', admin1: 'Al Anbar', kind: 'city' });
      expect(place(result, 'Babil')).toMatchObject({ country: 'IQ' });
      expect(place(result, 'Jurf al-Sakhar')).toMatchObject({ country: 'IQ', kind: 'site' });
      expect(result.primary.city).not.toBe('Jurf al-Sakhar');
      expect(result.primary.admin1).not.toBe(place(result, 'Babil')?.admin1);
    });

    it('rates a missile and drone attack on foreign forces with casualties as severe', () => {
      expect(result.level).toBe(4);
      expect(result.eventType).toBe('Explosions/Remote violence');
      expect(result.weapons).toEqual(expect.arrayContaining(['missile', 'drone']));
      expect(result.signals.some((s) => s.kind === 'level')).toBe(true);
    });

    it('counts the injured of the attack and not the dead of the strike a week earlier', () => {
      expect(result.casualties).toEqual({ killed: 0, injured: 5, perpetratorsKilled: 0 });
    });

    it('names the claiming militia and the forces involved', () => {
      expect(result.actors).toEqual(expect.arrayContaining(['Islamic Resistance in Iraq']));
      expect(result.actors.some((a) => a.startsWith('US'))).toBe(true);
    });

    it('treats "Washington said" as an actor, not a place', () => {
      expect(place(result, 'Washington')?.kind).toBe('actor');
      expect(result.countries).not.toContain('US');
    });

    it('reports spans into title + "\\n" + body', () => {
      const text = `${AIN_AL_ASAD.title}\n${AIN_AL_ASAD.body}`;
      for (const p of result.places) expect(text.slice(p.span[0], p.span[1])).toBe(p.name);
    });
  });

  it('matches accented, transliterated and possessive spellings', () => {
    const result = sut.classify({ title: 'Clashes near Ḩadīthah', body: "Fighting spread across al-Anbar. Anbar's governor asked for help." });
    expect(place(result, 'Ḩadīthah')).toMatchObject({ country: 'IQ', admin1: 'Al Anbar' });
    expect(place(result, 'al-Anbar')).toMatchObject({ country: 'IQ', kind: 'admin1' });
    expect(place(result, 'Anbar')).toMatchObject({ country: 'IQ', kind: 'admin1' });
  });

  it('reads Georgia as the US state next to Atlanta and as the country next to Tbilisi', () => {
    const us = sut.classify({ title: 'Storm hits Atlanta', body: 'Power lines fell across Atlanta, Georgia, on Monday.' });
    expect(place(us, 'Georgia')).toMatchObject({ country: 'US', kind: 'admin1' });
    const ge = sut.classify({ title: 'Rally in Tbilisi', body: 'Thousands marched in Tbilisi as Georgia and Russia traded accusations.' });
    expect(place(ge, 'Georgia')).toMatchObject({ country: 'GE', kind: 'country' });
  });

  it('drops a small out-of-state namesake from a local story set in a named state', () => {
    const c = sut.classify({
      title: 'Roads flooded near Perham',
      body: 'Water covered roads between Perham and Pelican Rapids in Minnesota on Tuesday. A crew from Lake Mary helped drivers. The Minnesota transport office said more rain is due.',
    });
    expect(place(c, 'Pelican Rapids')).toMatchObject({ country: 'US', admin1: 'Minnesota' });
    expect(c.places.filter((p) => p.admin1 && p.admin1 !== 'Minnesota')).toEqual([]);
  });

  it('reads a long state abbreviation without a town before it, but not a word-like one', () => {
    const tn = sut.classify({ title: 'Slide closes road near Tenn. line', body: 'Crews closed the road after a slide on Tuesday.' });
    expect(tn.places.find((p) => p.admin1 === 'Tennessee')).toMatchObject({ country: 'US', kind: 'admin1' });
    const mass = sut.classify({ title: 'Mass. held at noon', body: 'The parish gathered on Sunday.' });
    expect(mass.places.filter((p) => p.admin1 === 'Massachusetts')).toEqual([]);
  });

  it('calls a deadly attack violence even when seized weapons are mentioned beside it', () => {
    const result = sut.classify({
      title: 'Gunmen kill six at a market in Maiduguri, Nigeria',
      body: 'Gunmen opened fire at a busy market in Maiduguri on Friday, killing six traders and wounding nine, police said. Soldiers later recovered two rifles and ammunition abandoned near the market and set up checkpoints on the roads out of the city.',
    });
    expect(result.casualties.killed).toBe(6);
    expect(result.eventType).not.toBe('Strategic developments');
    expect(result.level).toBeGreaterThanOrEqual(4);
  });

  it('does not take Jordan the person for the country', () => {
    const result = sut.classify({ title: 'Michael Jordan returns', body: 'Michael Jordan scored 30 points in Chicago on Friday. Jordan said he felt fine.' });
    expect(result.countries).not.toContain('JO');
    expect(result.countries).toContain('US');
  });

  it('treats "US forces" as an actor and keeps the event where it happened', () => {
    const result = sut.classify({ title: 'US forces clash with militants in Kirkuk', body: 'US forces exchanged fire with militants near Kirkuk, Iraq, officials said.' });
    expect(result.primary.country).toBe('IQ');
    expect(result.actors).toContain('US forces');
    expect(place(result, 'US')?.kind).toBe('actor');
  });

  describe('a report that names an armed group but no place the gazetteer holds', () => {
    it('is placed in the one country the group fights in', () => {
      const result = sut.classify({ title: 'Militants storm police post', body: 'Al-Shabaab fighters stormed a police post in Qoryoley Dhexe village overnight, killing four officers, residents said.' });
      expect(result.primary).toMatchObject({ country: 'SO', admin1: null, city: null });
      expect(result.countries).toEqual(['SO']);
      expect(result.region).toBe('Eastern Africa');
    });

    it('makes no guess for a group active in several countries, or two groups of different countries', () => {
      // (A place the gazetteer lacks may still read like one country's villages: geo/name-country-guess.ts.)
      expect(sut.classify({ title: '', body: 'Islamic State gunmen attacked a checkpoint, killing two guards.' }).primary.country).toBeNull();
      expect(sut.classify({ title: '', body: 'Taliban and Houthi delegations met to discuss prisoners.' }).primary.country).toBeNull();
    });

    it('reads a country\'s own forces and a peace mission posted in one country the same way', () => {
      expect(sut.classify({ title: '', body: 'FAMa soldiers repelled an attack on their camp near Inagui Kora on Monday, the army said.' }).primary.country).toBe('ML');
      expect(sut.classify({ title: '', body: 'MONUSCO peacekeepers came under fire near Kalunguta Ngongo village.' }).primary.country).toBe('CD');
    });

    it('finds the group as written, though the actor list may not name it', () => {
      expect(sut.classify({ title: '', body: 'The Arakan Army said it seized two outposts near Kyauk Yan Zin village.' }).primary.country).toBe('MM');
    });

    it('leaves a story whose places are found where they put it', () => {
      const result = sut.classify({ title: '', body: 'Taliban fighters attacked a checkpoint in Quetta, Pakistan, on Sunday, killing three policemen.' });
      expect(result.primary.country).toBe('PK');
    });
  });

  it('finds multi-word names', () => {
    const result = sut.classify({ title: 'Fire in New York City', body: 'A fire broke out in a building in New York City on Tuesday.' });
    expect(result.primary).toMatchObject({ country: 'US', admin1: 'New York' });
  });

  it('keeps a routine statement at level 1 and a threat at level 2', () => {
    expect(sut.classify({ title: '', body: 'The foreign minister met his Turkish counterpart for talks on trade.' }).level).toBe(1);
    expect(sut.classify({ title: '', body: 'The government threatened new sanctions and warned of consequences.' }).level).toBe(2);
  });

  it('rates a mass-casualty bombing as critical', () => {
    const result = sut.classify({ title: 'Car bomb kills 40 in market', body: 'A car bomb killed at least 40 people and wounded dozens at a crowded market on Friday.' });
    expect(result.level).toBe(5);
    expect(result.casualties.killed).toBe(40);
  });

  it('names the city of a report placed in one of its districts ("Kibera" is in Nairobi)', () => {
    const result = sut.classify({ title: '', body: 'Police fired tear gas at protesters in Kibera on Tuesday, killing one man.' });
    expect(result.primary).toMatchObject({ country: 'KE', admin1Code: 'KE-30', city: 'Nairobi' });
    expect(result.places.find((p) => p.name === 'Kibera')).toMatchObject({ city: 'Nairobi' });
  });

  it('rates a missile strike on a capital as critical and names the state that launched it', () => {
    const result = sut.classify({ title: 'Missiles hit Kyiv', body: 'Russia launched a barrage of missiles at Kyiv overnight, killing three people, officials said.' });
    expect(result.primary).toMatchObject({ country: 'UA', city: 'Kyiv' });
    expect(result.level).toBe(5);
    expect(result.actors).toContain('Russia');
  });

  it('reads weapons found as disrupted weapons use, not an explosion', () => {
    const result = sut.classify({ title: '', body: 'Police found two explosive devices near the airport and defused them on Sunday.' });
    expect(result.eventType).toBe('Strategic developments');
    expect(result.subEventType).toBe('Disrupted weapons use');
    expect(result.level).toBeLessThanOrEqual(2);
  });

  it('classifies a peaceful protest and an arrest below the violent band', () => {
    const protest = sut.classify({ title: '', body: 'Thousands of protesters marched peacefully through the capital demanding higher wages.' });
    expect(protest.eventType).toBe('Protests');
    expect(protest.level).toBe(2);
    const arrest = sut.classify({ title: '', body: 'Police arrested two suspects and detained a third man on Monday.' });
    expect(arrest.eventType).toBe('Strategic developments');
    expect(arrest.level).toBeLessThanOrEqual(2);
  });

  it('rates suspending aid as a sanction (level 2), not as cooperation or a battle', () => {
    const result = sut.classify({ title: '', body: 'The United States suspended military aid to Pakistan on Monday.' });
    expect(result.level).toBe(2);
    expect(result.eventType).not.toBe('Battles');
    expect(sut.classify({ title: '', body: 'The United States delivered military aid to Pakistan on Monday.' }).level).toBe(1);
  });

  it('tells a release of hostages from an abduction, and a rescue raid with deaths from both', () => {
    expect(sut.classify({ title: '', body: 'Gunmen released the hostages in Kunduz after a ransom was paid.' }).level).toBe(1);
    const kidnap = sut.classify({ title: '', body: 'Kidnappers freed two hostages in Kaduna, but still hold 40 others.' });
    expect(kidnap.eventType).toBe('Violence against civilians');
    expect(kidnap.level).toBe(3);
    const rescue = sut.classify({ title: '', body: 'Troops freed the hostages in a raid that killed five gunmen in Kunduz.' });
    expect(rescue.level).toBe(4);
    // The dead are the kidnappers: deaths that make the raid deadly, not victims of the event.
    expect(rescue.casualties.killed).toBe(0);
    expect(rescue.casualties.perpetratorsKilled).toBe(5);
  });

  it('reads war games as a show of force (level 2) and joint exercises as cooperation, not fighting', () => {
    const drills = sut.classify({ title: '', body: 'China staged live-fire drills near Taiwan on Monday.' });
    expect(drills.level).toBe(2);
    expect(drills.eventType).toBe('Strategic developments');
    const joint = sut.classify({ title: '', body: 'US and South Korean troops began joint exercises near Seoul.' });
    expect(joint.level).toBe(1);
    expect(joint.eventType).not.toBe('Battles');
  });

  it('flags a non-English article and still reads its places', () => {
    const result = sut.classify({ title: 'Ataque en Bogotá', body: 'Un ataque con explosivos dejó varios heridos en el centro de Bogotá, según la policía de la ciudad.' });
    expect(result.language).toBe('es');
    expect(result.languageSupported).toBe(false);
    expect(result.primary.country).toBe('CO');
  });

  it('never throws on empty or odd input', () => {
    expect(() => sut.classify({ title: '', body: '' })).not.toThrow();
    expect(() => sut.classify({ title: '!!!', body: '\u0000\n\n---' })).not.toThrow();
    expect(sut.classify({ title: '', body: '' }).level).toBe(1);
  });
  describe('casualties of the reported event', () => {
    it('does not count deaths a question asks about, but does count those it presupposes', () => {
      const asked = sut.classify({ title: 'Army briefing', body: 'The colonel spoke to reporters. How many rebels have died in the offensive? He did not answer.' });
      expect(asked.casualties.killed).toBe(0);
      const presupposed = sut.classify({ title: 'Army briefing', body: 'The colonel spoke to reporters. What do you think about the bombs that killed six soldiers yesterday? He did not answer.' });
      expect(presupposed.casualties.killed).toBe(6);
    });

    it('counts the victims, not the attackers killed, though both make the event deadly', () => {
      const raid = sut.classify({ title: 'Militants killed in raid', body: 'Security forces killed six militants in a raid on a hideout in the north on Sunday, the army said.' });
      expect(raid.casualties.killed).toBe(0);
      expect(raid.casualties.perpetratorsKilled).toBe(6);
      expect(raid.level).toBe(4);
      const school = sut.classify({ title: 'School shooting', body: 'A gunman killed three students at a school on Monday before police shot the gunman dead.' });
      expect(school.casualties.killed).toBe(3);
    });

    it('treats a sentence dated "in <month> <year>" or "in 1842" as background', () => {
      const c = sut.classify({ title: 'Town hall damaged', body: 'A bomb damaged the town hall on Monday. In October 1973, soldiers killed 40 people in the same square. The general was executed by his enemies in 1842.' });
      expect(c.casualties.killed).toBe(0);
    });

    it('treats what an attack "came a week after" or "follows" as background', () => {
      const came = sut.classify({ title: 'Rockets hit base', body: 'Rockets hit the base on Monday, injuring two soldiers. The attack came a week after an air strike killed three fighters near the border.' });
      expect(came.casualties).toEqual({ killed: 0, injured: 2, perpetratorsKilled: 0 });
      const follows = sut.classify({ title: 'Rockets hit base', body: 'Rockets hit the base on Monday, injuring two soldiers. The attack follows a raid in which troops killed four men.' });
      expect(follows.casualties).toEqual({ killed: 0, injured: 2, perpetratorsKilled: 0 });
    });

    it('reads the bundled sample report A as five injured and no dead (the dead are the earlier strike\'s)', () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const reportA = require('../../../data/sample/report-a.json') as { title: string; body: string };
      expect(sut.classify(reportA).casualties).toEqual({ killed: 0, injured: 5, perpetratorsKilled: 0 });
    });
  });

  describe('US local places', () => {
    it('reads a county or parish named in full, with its state', () => {
      const c = sut.classify({ title: 'Arrest', body: 'Deputies from the Rapides Parish Sheriff\'s Office arrested a man on Tuesday.' });
      expect(place(c, 'Rapides Parish')).toMatchObject({ kind: 'admin2', country: 'US', admin1: 'Louisiana' });
    });

    it('places towns with namesakes in many states in the one state they all fit', () => {
      const c = sut.classify({ title: 'Wrestling', body: 'Players from Montgomery, Watertown, Delano and Plainview met at the Jackson County fairgrounds.' });
      for (const name of ['Montgomery', 'Watertown', 'Delano', 'Plainview', 'Jackson County']) expect(place(c, name)?.admin1).toBe('Minnesota');
    });

    it('picks the namesake next to the other names: Paris beside Henry County is Paris, Tennessee', () => {
      const c = sut.classify({ title: 'Council', body: 'The Paris city council met on Tuesday. Henry County officials attended the meeting.' });
      expect(place(c, 'Paris')).toMatchObject({ country: 'US', admin1: 'Tennessee' });
      expect(place(c, 'Henry County')?.admin1).toBe('Tennessee');
    });

    it('places "<town>, <state or country>" in that state or country', () => {
      const c = sut.classify({ title: 'Moves', body: 'He grew up in Athens, Ga., and moved to Athens, Ohio, after the war. The firm is based in Toronto, Ontario, Canada.' });
      const athens = c.places.filter((p) => p.name === 'Athens').map((p) => p.admin1);
      expect(athens).toEqual(['Georgia', 'Ohio']);
      expect(place(c, 'Toronto')).toMatchObject({ country: 'CA', admin1: 'Ontario' });
      expect(place(c, 'Ontario')).toMatchObject({ country: 'CA', kind: 'admin1' });
    });

    it('keeps the country but not a guessed state when namesakes tie', () => {
      const c = sut.classify({ title: 'Budget', body: 'Henry County officials approved the budget.' });
      expect(place(c, 'Henry County')).toMatchObject({ country: 'US', admin1: null });
    });

    it('reads a lawmaker\'s "D-N.D." as the state', () => {
      const c = sut.classify({ title: 'Farm bill', body: 'Sen. Byron Dorgan, D-N.D., said the bill was bad for farmers.' });
      expect(c.places.find((p) => p.admin1 === 'North Dakota')).toMatchObject({ kind: 'admin1', country: 'US' });
    });

    it('reads "Donald Trump" as a person when the article also says "Trump said"', () => {
      const c = sut.classify({ title: 'Donald Trump praises the factory', body: 'US President-elect Donald Trump has visited a car factory in the US. Trump said jobs would return to America.' });
      expect(c.places.some((p) => p.name === 'Donald')).toBe(false);
      expect(c.places.some((p) => p.country === 'US')).toBe(true);
    });

    it('does not read streets or people named like places as the places', () => {
      expect(sut.classify({ title: 'Fire', body: 'He lives on Flanders Road near the school.' }).places).toEqual([]);
      expect(sut.classify({ title: 'History', body: 'Pastor William J. Seymour preached there.' }).places).toEqual([]);
    });
  });
  describe('stopping at the relevance verdict (stopAtNonEvent, the classifier stage)', () => {
    const verdictOf = (c: Classification) => ({
      level: c.level, eventType: c.eventType, subEventType: c.subEventType, relevance: c.relevance, relevanceReasons: c.relevanceReasons,
      signals: c.signals, casualties: c.casualties, weapons: c.weapons, targets: c.targets, language: c.language, languageSupported: c.languageSupported,
    });
    const NON_EVENTS = [
      { title: 'Arsenal win the battle for the title in London', body: 'Arsenal beat Chelsea 3-1 at the Emirates Stadium in London on Saturday; the coach praised his players after the match.' },
      { title: 'Death and the Penguin: a review', body: 'Andrey Kurkov\'s novel, set in Kyiv, follows a writer of obituaries. The bodies pile up in this darkly comic book, published in Paris and Berlin.' },
      { title: 'Sanctions warning', body: 'The government in Moscow threatened new sanctions and warned of consequences, officials in Washington said.' },
      { title: 'Ataque en Bogotá', body: 'Un ataque con explosivos dejó varios heridos en el centro de Bogotá, según la policía de la ciudad.' },
    ];

    it('gives a non-event the same level, type, relevance, signals and casualties, without places or actors', () => {
      for (const input of NON_EVENTS) {
        const full = sut.classify(input);
        const slim = sut.classify(input, { stopAtNonEvent: true });
        expect(full.eventType).toBe('Not a conflict event');
        expect(verdictOf(slim)).toEqual(verdictOf(full));
        // What the option leaves out is really there in the full reading.
        expect(full.places.length).toBeGreaterThan(0);
        expect(full.detail).toBeUndefined();
        expect(slim).toMatchObject({ detail: 'verdict', places: [], countries: [], actors: [], region: null, regions: [] });
        expect(slim.primary).toEqual({ country: null, admin1: null, admin1Code: null, admin2: null, city: null, lat: null, lon: null });
      }
      // The threat is a statement about conflict: level 2 either way.
      expect(sut.classify(NON_EVENTS[2], { stopAtNonEvent: true }).level).toBe(2);
    });

    it('reads an event in full, exactly as without the option, including a strike on a capital', () => {
      const kyiv = { title: 'Missiles hit Kyiv', body: 'Russia launched a barrage of missiles at Kyiv overnight, killing three people, officials said.' };
      for (const input of [AIN_AL_ASAD, kyiv]) {
        const slim = sut.classify(input, { stopAtNonEvent: true });
        expect(slim.eventType).not.toBe('Not a conflict event');
        expect(slim).toEqual(sut.classify(input));
      }
      // The capital's hint reaches the scorer (scored again after the geotagger): critical, not severe.
      expect(sut.classify(kyiv, { stopAtNonEvent: true }).level).toBe(5);
    });
  });
});
