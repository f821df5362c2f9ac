import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { ArticleReceivedEvent } from '@sitrep/contracts';
import { decodeEvent } from '@sitrep/messaging';
import { PopulationWeightedPlaces } from './gazetteer-places';
import { generalNewsFile } from './general-news';
import { SeededRandom } from './random';
import { NewsStreamGenerator, REALISTIC_MIX } from './news-stream.generator';

// The realistic stream reads the shared data folder (../shared/data or $SITREP_DATA_DIR).
const data = existsSync(generalNewsFile());
(data ? describe : describe.skip)(NewsStreamGenerator.name, () => {
  const items = (() => {
    const sut = new NewsStreamGenerator(3, 'spec');
    return Array.from({ length: 6000 }, () => sut.next(0));
  })();
  const events = items.filter((i) => i.kind !== 'news');

  it('is mostly general news: events are about the stated share', () => {
    expect(events.length / items.length).toBeGreaterThan(REALISTIC_MIX.eventShare * 0.8);
    expect(events.length / items.length).toBeLessThan(REALISTIC_MIX.eventShare * 1.2);
  });

  it('gives an incident a few reports on average', () => {
    const perEvent = events.filter((i) => i.kind !== 'resend').length / new Set(events.map((i) => i.eventKey)).size;
    expect(perEvent).toBeGreaterThan(2);
    expect(perEvent).toBeLessThan(4);
  });

  it('draws places from the whole gazetteer, by population', () => {
    const places = new PopulationWeightedPlaces();
    expect(places.size).toBeGreaterThan(90_000);
    const r = new SeededRandom(1);
    const drawn = Array.from({ length: 5000 }, () => places.pick(r).city);
    const counts = new Map<string, number>();
    for (const city of drawn) counts.set(city, (counts.get(city) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(2000);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([c]) => c);
    expect(top).toEqual(expect.arrayContaining(['Tokyo']));
  });

  it('writes full-length general-news bodies that differ from one another', () => {
    const news = items.filter((i) => i.kind === 'news').map((i) => i.article);
    for (const a of news) expect(a.body.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(news.map((a) => a.body)).size).toBe(news.length);
    expect(new Set(news.map((a) => a.id)).size).toBe(news.length);
  });

  it('gives general-news bodies as little shared text as unrelated articles (no near-duplicates)', () => {
    const shingles = (body: string) => {
      const w = body.toLowerCase().split(/\W+/).filter(Boolean);
      return new Set(w.slice(0, -4).map((_, i) => w.slice(i, i + 5).join(' ')));
    };
    const news = items.filter((i) => i.kind === 'news').slice(0, 400).map((i) => shingles(i.article.body));
    let worst = 0;
    for (let i = 1; i < news.length; i++) {
      const [a, b] = [news[i - 1], news[i]];
      const shared = [...a].filter((s) => b.has(s)).length;
      worst = Math.max(worst, shared / (a.size + b.size - shared));
    }
    expect(worst).toBeLessThan(0.3);
  });

  it('writes articles that the pipeline accepts (the envelope the bench produces validates)', () => {
    const receivedAt = new Date(0).toISOString();
    for (const { article } of items) {
      const event = { eventId: randomUUID(), occurredAt: receivedAt, schemaVersion: 1, correlationId: article.id, article: { ...article, receivedAt } };
      expect(() => decodeEvent(ArticleReceivedEvent, event)).not.toThrow();
    }
  });

  it('is reproducible from its seed', () => {
    const again = new NewsStreamGenerator(3, 'spec');
    expect(Array.from({ length: 200 }, () => again.next(0).article.id)).toEqual(items.slice(0, 200).map((i) => i.article.id));
  });
});
