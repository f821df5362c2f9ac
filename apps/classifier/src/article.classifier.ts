import { ClassificationEngine } from '@sitrep/classification';
import { leadOf, ReportFeaturesExtractor } from '@sitrep/correlation';
import { ArticleClassifiedEvent, ArticleReceivedEvent, newEnvelope } from '@sitrep/contracts';

/**
 * One received article → its classified event: the engine, then, for an event, the correlation
 * features. An article the engine calls "Not a conflict event" (most news) stops at the relevance
 * verdict: no places, actors or correlation features, since the correlator only counts it
 * (`not_an_event`) and nothing else reads `articles.classified`.
 */
export class ArticleClassifier {
  /** Correlation features are computed here, where the text is read, once (issue 17). */
  private readonly features = new ReportFeaturesExtractor();

  constructor(private readonly engine: ClassificationEngine) {}

  classify(received: ArticleReceivedEvent): ArticleClassifiedEvent {
    const { article } = received;
    const classification = this.engine.classify({ title: article.title, body: article.body, language: article.language }, { stopAtNonEvent: true });
    const lead = leadOf(article.body);
    if (classification.detail === 'verdict') {
      return Object.assign(new ArticleClassifiedEvent(), { ...newEnvelope(received.correlationId), article: { ...article, body: lead }, classification });
    }
    // The correlator needs only these features from the text, and nothing after it reads the
    // body: the event carries the lead instead of the whole body (2.9 KB → ~1.6 KB on the bench's
    // articles; docs/correlation.md).
    const correlation = this.features.textFeatures(article.title, article.body);
    return Object.assign(new ArticleClassifiedEvent(), {
      ...newEnvelope(received.correlationId),
      article: { ...article, body: lead },
      classification,
      correlation,
    });
  }
}
