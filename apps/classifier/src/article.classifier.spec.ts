import { ClassificationEngine } from '@sitrep/classification';
import { ArticleClassifiedEvent, ArticleReceivedEvent, newEnvelope } from '@sitrep/contracts';
import { Correlator, IncidentStore, leadOf, ReportFeaturesExtractor } from '@sitrep/correlation';
import { decodeEvent } from '@sitrep/messaging';
import { ArticleClassifier } from './article.classifier';
import { AIN_AL_ASAD } from '../../../libs/classification/src/test-fixtures/ain-al-asad.fixture';

function received(id: string, title: string, body: string): ArticleReceivedEvent {
  const at = '2026-12-06T06:00:00.000Z';
  return { ...newEnvelope(id, at), article: { id, source: 'wire', url: `https://news.example/${id}`, title, body, publishedAt: at, receivedAt: at } };
}

/** A general-news article: a match report that names places and uses violent words. */
const MATCH = received(
  'sport-1',
  'Arsenal win the battle for the title in London',
  `Arsenal beat Chelsea 3-1 at the Emirates Stadium in London on Saturday, and the coach praised his players after the match. ${'Fans celebrated late into the night across north London and in Manchester. '.repeat(12)}`,
);

describe(ArticleClassifier.name, () => {
  let engine: ClassificationEngine;
  let sut: ArticleClassifier;

  beforeAll(() => {
    engine = ClassificationEngine.create();
    sut = new ArticleClassifier(engine);
  }, 60_000);

  /** As the correlator receives it: through JSON and decodeEvent. */
  const overTheWire = (e: ArticleClassifiedEvent) => decodeEvent(ArticleClassifiedEvent, JSON.parse(JSON.stringify(e)));

  it('sends a non-event slim: the verdict without places or correlation features, the body cut to its lead', () => {
    const event = overTheWire(sut.classify(MATCH));
    const full = engine.classify({ title: MATCH.article.title, body: MATCH.article.body });
    expect(full.places.length).toBeGreaterThan(0);
    expect(event.classification).toMatchObject({ eventType: 'Not a conflict event', level: full.level, relevance: full.relevance, detail: 'verdict', places: [] });
    expect(event.correlation).toBeUndefined();
    expect(event.article.body).toBe(leadOf(MATCH.article.body));
    expect(event.correlationId).toBe('sport-1');
  });

  it('is counted as not_an_event by the correlator, which never touches its store for it', async () => {
    const untouchable = new Proxy({}, { get: () => { throw new Error('the store was used'); } }) as IncidentStore;
    await expect(new Correlator(untouchable).correlate(overTheWire(sut.classify(MATCH)))).resolves.toEqual({ outcome: 'not_an_event' });
  });

  it('sends an event whole: places, actors and the correlation features of the full text', () => {
    const { title, body } = AIN_AL_ASAD;
    const event = overTheWire(sut.classify(received('asad-1', title, body)));
    expect(event.classification.detail).toBeUndefined();
    expect(event.classification.primary.country).toBe('IQ');
    expect(event.classification.actors.length).toBeGreaterThan(0);
    expect(event.correlation).toEqual(new ReportFeaturesExtractor().textFeatures(title, body));
    expect(event.article.body).toBe(leadOf(body));
  });
});
