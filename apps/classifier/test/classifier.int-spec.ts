import { INestApplication } from '@nestjs/common';
import { Partitioners, Producer } from 'kafkajs';
import { SitrepConfig } from '@sitrep/config';
import { ArticleClassifiedEvent, Topics } from '@sitrep/contracts';
import { DEFAULT_MINHASH, leadOf } from '@sitrep/correlation';
import { createStageApp } from '@sitrep/http';
import { createKafka, TopicNamer } from '@sitrep/messaging';
import { REPORT_A, testConfig, TopicProbe, waitFor } from '@sitrep/testing';
import { ClassifierModule } from '../src/classifier.module';

/** The classifier stage alone on the real broker: articles.raw in, articles.classified out. */
describe('classifier stage (integration)', () => {
  let config: SitrepConfig;
  let app: INestApplication;
  let producer: Producer;
  let out: TopicProbe;

  beforeAll(async () => {
    config = await testConfig();
    app = await createStageApp(ClassifierModule, { name: 'classifier', consumes: true, ops: true, config });
    out = await new TopicProbe(config, Topics.articlesClassified).start();
    producer = createKafka(config, 'test').producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await out?.stop();
    await app?.close();
  });

  it('classifies a bare article written straight to articles.raw and keys the output by article id', async () => {
    await producer.send({
      topic: new TopicNamer(config.kafka.topicPrefix).physical(Topics.articlesRaw),
      messages: [{ key: REPORT_A.id, value: JSON.stringify(REPORT_A) }],
    });
    const [msg] = await waitFor(() => (out.messages.length ? out.messages : null), { what: 'a classified article' });
    expect(msg.key).toBe(REPORT_A.id);
    const event = JSON.parse(msg.value) as ArticleClassifiedEvent;
    expect(event.article.id).toBe(REPORT_A.id);
    expect(event.article.receivedAt).toBeTruthy();
    expect(event.classification.primary.country).toBe('IQ');
    expect(event.classification.primary.admin1).toBe('Al Anbar');
    expect(event.classification.level).toBeGreaterThanOrEqual(4);
    expect(event.classification.signals.length).toBeGreaterThan(0);
    // Issue 17: the correlation features travel instead of the body; the body is its lead.
    expect(event.correlation?.bands).toHaveLength(DEFAULT_MINHASH.bands);
    expect(event.correlation?.terms.keys.length).toBeGreaterThan(5);
    expect(event.correlation?.textKey).toMatch(/^[\w-]+$/);
    expect(event.article.body).toBe(leadOf(REPORT_A.body));
    expect(REPORT_A.body.startsWith(event.article.body.replace(/…$/, ''))).toBe(true);
  });

  it('sends general news slim: the verdict, no places or correlation features (it opens no incident)', async () => {
    const news = {
      id: 'news-int-1', source: 'sport-desk', url: 'https://sport.example/derby', publishedAt: '2026-12-06T06:00:00Z',
      title: 'City win the battle for the title in Manchester',
      body: 'City beat United 2-1 at the Etihad Stadium in Manchester on Sunday, and the coach praised his players after the match.',
    };
    await producer.send({
      topic: new TopicNamer(config.kafka.topicPrefix).physical(Topics.articlesRaw),
      messages: [{ key: news.id, value: JSON.stringify(news) }],
    });
    const msg = await waitFor(() => out.messages.find((m) => m.key === news.id) ?? null, { what: 'the classified news article' });
    const event = JSON.parse(msg.value) as ArticleClassifiedEvent;
    expect(event.classification).toMatchObject({ eventType: 'Not a conflict event', level: 1, detail: 'verdict', places: [], actors: [] });
    expect(event.classification.relevanceReasons?.length).toBeGreaterThan(0);
    expect(event.correlation).toBeUndefined();
    expect(event.article.body).toBe(news.body);
  });
});
