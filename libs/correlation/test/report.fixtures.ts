import type { ArticleClassifiedEvent, Classification, EscalationLevel } from '@sitrep/contracts';

/**
 * Hand-written reports for the correlator's tests: an attack on an air base told by two outlets
 * in different words, a rewrite, a later attack on the same base, and two earthquakes.
 */
export interface ReportInput {
  id: string;
  source?: string;
  url?: string;
  title: string;
  body: string;
  publishedAt: string;
  eventId?: string;
  country: string | null;
  admin1?: string | null;
  city?: string | null;
  eventType?: Classification['eventType'];
  level?: EscalationLevel;
  killed?: number;
  injured?: number;
  perpetratorsKilled?: number;
  actors?: string[];
}

export function classifiedEvent(r: ReportInput): ArticleClassifiedEvent {
  return {
    eventId: r.eventId ?? `evt-${r.id}`,
    occurredAt: r.publishedAt,
    schemaVersion: 1,
    correlationId: r.id,
    article: {
      id: r.id,
      source: r.source ?? 'test-wire',
      url: r.url ?? `https://news.example/${r.id}`,
      title: r.title,
      body: r.body,
      publishedAt: r.publishedAt,
      receivedAt: r.publishedAt,
    },
    classification: {
      places: [],
      primary: { country: r.country, admin1: r.admin1 ?? null, city: r.city ?? null, lat: null, lon: null },
      countries: r.country ? [r.country] : [],
      region: null,
      regions: [],
      level: r.level ?? 3,
      signals: [],
      eventType: r.eventType ?? 'Explosions/Remote violence',
      subEventType: null,
      actors: r.actors ?? [],
      casualties: { killed: r.killed ?? 0, injured: r.injured ?? 0, ...(r.perpetratorsKilled ? { perpetratorsKilled: r.perpetratorsKilled } : {}) },
      weapons: [],
      targets: [],
      language: 'en',
      engine: 'test',
    },
  };
}

const DAY = '2026-03-14';

export const reportA: ReportInput = {
  id: 'a-base-attack',
  source: 'outlet-one',
  url: 'https://outlet-one.example/iraq/base-attack?utm_source=feed',
  title: 'Militia missile and drone attack hits Ain al-Asad airbase in Iraq, five US personnel injured',
  body: [
    'An Iran-aligned militia launched ballistic missiles and attack drones at the Ain al-Asad airbase in',
    "Iraq's western Anbar province early on Saturday, wounding five American service members, a US",
    'defense official said. The base hosts US and coalition troops. Air defenses intercepted several of',
    'the drones, but at least two missiles struck inside the perimeter, damaging a hangar. The injured',
    'personnel were treated for concussions and shrapnel wounds. The Islamic Resistance in Iraq claimed',
    'the strike in a statement on Telegram.',
  ].join(' '),
  publishedAt: `${DAY}T06:10:00Z`,
  country: 'IQ',
  admin1: 'Anbar',
  level: 4,
  injured: 5,
  actors: ['Islamic Resistance in Iraq', 'United States'],
};

export const reportB: ReportInput = {
  id: 'b-katyusha',
  source: 'outlet-two',
  url: 'https://outlet-two.example/news/2026/katyusha-rockets-ain-al-asad',
  title: 'Two Katyusha rockets fired at Ain al-Asad air base in Anbar province',
  body: [
    'Two Katyusha rockets were fired on Saturday at the Ain al-Asad air base in Anbar province, which',
    'houses American forces, Iraqi security sources said. Sirens sounded across the base and a security',
    'cordon was set up around the launch site near the town of al-Baghdadi. There was no immediate',
    'word on damage.',
  ].join(' '),
  publishedAt: `${DAY}T09:45:00Z`,
  country: 'IQ',
  admin1: 'Anbar',
  level: 3,
  actors: ['United States'],
};

/** Another outlet's rewrite of A: same facts, reordered and partly reworded. */
export const rewriteOfA: ReportInput = {
  id: 'a-rewrite',
  source: 'outlet-three',
  url: 'https://outlet-three.example/world/middle-east/ain-al-asad-attack',
  title: 'Five US troops hurt as militia fires missiles, drones at Ain al-Asad airbase',
  body: [
    'Five American service members were wounded when an Iran-aligned militia launched ballistic missiles',
    "and attack drones at the Ain al-Asad airbase in Iraq's western Anbar province early on Saturday,",
    'according to a US defense official. Air defenses intercepted several of the drones, but at least',
    'two missiles struck inside the perimeter of the base, which hosts US and coalition troops. The',
    'Islamic Resistance in Iraq claimed the strike.',
  ].join(' '),
  publishedAt: `${DAY}T11:30:00Z`,
  country: 'IQ',
  admin1: 'Anbar',
  level: 4,
  injured: 5,
  actors: ['Islamic Resistance in Iraq', 'United States'],
};

/** A different attack on the same base, a week later. */
export const reportWeekLater: ReportInput = {
  id: 'c-week-later',
  source: 'outlet-one',
  url: 'https://outlet-one.example/iraq/base-attack-again',
  title: 'Drone attack targets Ain al-Asad airbase in Anbar, no casualties reported',
  body: [
    'A drone attack targeted the Ain al-Asad airbase in Anbar province on Saturday night, a US defense',
    'official said. Air defenses shot down the drone before it reached the base, which hosts US and',
    'coalition troops. No group immediately claimed the attack.',
  ].join(' '),
  publishedAt: '2026-03-21T20:00:00Z',
  country: 'IQ',
  admin1: 'Anbar',
  level: 3,
  actors: ['United States'],
};

/** Not a conflict event (issue 15): opens no incident. */
export const quakeChile: ReportInput = {
  id: 'quake-chile',
  source: 'outlet-one',
  title: 'Magnitude 6.8 earthquake strikes northern Chile',
  body: [
    'A magnitude 6.8 earthquake struck near the port city of Antofagasta in northern Chile on Tuesday,',
    'shaking buildings and cutting power to parts of the region, the national seismology center said.',
    'There were no immediate reports of deaths. The navy said the quake did not meet the conditions',
    'for a tsunami warning.',
  ].join(' '),
  publishedAt: '2026-04-07T14:00:00Z',
  country: 'CL',
  admin1: 'Antofagasta',
  eventType: 'Not a conflict event',
  level: 1,
};

export const quakeTurkey: ReportInput = {
  id: 'quake-turkey',
  source: 'outlet-two',
  title: 'Magnitude 6.1 earthquake shakes eastern Turkey',
  body: [
    'A magnitude 6.1 earthquake struck eastern Turkey on Tuesday, shaking buildings in Malatya and',
    'sending residents into the streets, the disaster agency AFAD said. There were no immediate reports',
    'of deaths. Officials said teams were assessing damage in nearby villages.',
  ].join(' '),
  publishedAt: '2026-04-07T16:30:00Z',
  country: 'TR',
  admin1: 'Malatya',
  eventType: 'Not a conflict event',
  level: 1,
};

/** Two car bombings of one kind in two countries, the same day: two incidents. */
export const bombMogadishu: ReportInput = {
  id: 'bomb-mogadishu',
  source: 'outlet-one',
  title: 'Car bomb kills 9 at checkpoint near parliament in Mogadishu',
  body: [
    'A car bomb exploded at a security checkpoint near the parliament building in Mogadishu on Saturday,',
    'killing at least nine people, Somali police said. Al-Shabaab claimed responsibility for the blast,',
    'which damaged several vehicles and nearby shops. Ambulances carried the wounded to Medina hospital.',
  ].join(' '),
  publishedAt: '2026-04-07T14:00:00Z',
  country: 'SO',
  admin1: 'Banaadir',
  city: 'Mogadishu',
  killed: 9,
  actors: ['Al-Shabaab'],
};

export const bombMaiduguri: ReportInput = {
  id: 'bomb-maiduguri',
  source: 'outlet-two',
  title: 'Car bomb kills 8 at checkpoint on the outskirts of Maiduguri',
  body: [
    'A car bomb exploded at a military checkpoint on the outskirts of Maiduguri in Borno state on Saturday,',
    'killing at least eight people, Nigerian army officials said. No group immediately claimed the blast,',
    'which damaged several vehicles and nearby shops. The wounded were taken to the teaching hospital.',
  ].join(' '),
  publishedAt: '2026-04-07T16:30:00Z',
  country: 'NG',
  admin1: 'Borno',
  city: 'Maiduguri',
  killed: 8,
};

/**
 * Two bombings of one market, each report stating its date: two incidents. The second report,
 * published within the window, is about the previous year's bombing (its toll confirmed).
 */
export const marketBombingTuesday: ReportInput = {
  id: 'market-tuesday',
  source: 'outlet-one',
  title: 'Suicide bomber strikes Monday Market in Maiduguri',
  body: [
    'A suicide bomber blew herself up at the crowded Monday Market in Maiduguri, the capital of Borno state,',
    'on 10 March 2026, killing at least 12 traders and shoppers, police and vigilantes said. Witnesses said',
    'the bomber approached the fish section of the market before detonating her explosives.',
  ].join(' '),
  publishedAt: '2026-03-10T18:00:00Z',
  country: 'NG',
  admin1: 'Borno',
  city: 'Maiduguri',
  killed: 12,
};

export const marketBombingFriday: ReportInput = {
  id: 'market-friday',
  source: 'outlet-two',
  title: 'Police confirm 7 dead in earlier Borno market explosion',
  body: [
    'Borno state police on Friday confirmed that 7 people died on 2 February 2025 when an explosive device',
    'hidden in a wheelbarrow went off near the grain stalls of the main market. Dozens were wounded.',
    'Traders said soldiers had searched the stalls that morning and that the market had been crowded',
    'ahead of the weekend. No group claimed the attack.',
  ].join(' '),
  publishedAt: '2026-03-11T06:00:00Z',
  country: 'NG',
  admin1: 'Borno',
  city: 'Maiduguri',
  killed: 7,
};

/** Two raids on villages of one state the same day, 5 against 40 dead: two incidents. */
export const raidFiveDead: ReportInput = {
  id: 'raid-five',
  source: 'outlet-one',
  title: 'Gunmen kill 5 villagers in raid in Zamfara state',
  body: [
    'Gunmen on motorcycles killed 5 villagers in a raid on Kadawa village in Zamfara state in northwest',
    'Nigeria on Sunday, police said. The attackers stole cattle and burned several houses before fleeing',
    'into the forest. Residents said the bandits had demanded protection levies for months.',
  ].join(' '),
  publishedAt: '2026-05-03T10:00:00Z',
  country: 'NG',
  admin1: 'Zamfara',
  eventType: 'Violence against civilians',
  killed: 5,
};

export const raidFortyDead: ReportInput = {
  id: 'raid-forty',
  source: 'outlet-two',
  title: 'Bandits massacre 40 in Zamfara, residents say',
  body: [
    'Armed bandits killed 40 people in an attack on Gidan Goga in Maru local government area of Zamfara',
    'state on Sunday, residents and a local official said. Survivors said the gunmen rode in on motorcycles,',
    'rounded up men at the mosque and opened fire. Police confirmed the attack but gave no toll.',
  ].join(' '),
  publishedAt: '2026-05-03T13:00:00Z',
  country: 'NG',
  admin1: 'Zamfara',
  eventType: 'Violence against civilians',
  killed: 40,
};

/** The wire copy of A: another outlet's headline and URL, A's body word for word. */
export const wireCopyOfA: ReportInput = {
  ...reportA,
  id: 'a-wire-copy',
  source: 'outlet-four',
  url: 'https://outlet-four.example/world/iraq-airbase-attack',
  title: 'Five US service members hurt in attack on Iraqi airbase',
  publishedAt: `${DAY}T07:00:00Z`,
};
