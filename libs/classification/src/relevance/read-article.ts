import { backgroundSentences } from '../escalation/background.detector';
import { EventType } from '@sitrep/contracts';
import { EscalationScorer, EscalationResult, TypeEvidence } from '../escalation/escalation.scorer';
import { tokenize, TokenizedText } from '../text/tokenizer';
import { relevanceFeatures, RelevanceFeatures } from './relevance.features';
import { RelevanceModel } from './relevance.model';

export interface ArticleReading {
  doc: TokenizedText;
  titleSentences: number;
  esc: EscalationResult;
  features: RelevanceFeatures;
}

/**
 * The engine's reading of an article up to the relevance decision, without the geotagger: what
 * the trainer fits on (scripts/train/events.train.ts). With a model, its type models choose the
 * event type, as in the engine. The engine does the same steps in
 * classification.engine.ts, with the capital-struck hint from the geotagger, which only moves
 * violent events between levels 3-5 and so changes no relevance feature.
 */
export function readArticle(scorer: EscalationScorer, title: string, body: string, model?: RelevanceModel): ArticleReading {
  const t = title.trim();
  const doc = tokenize(`${t}\n${body}`, t.length + 1);
  let titleSentences = 0;
  if (t) while (titleSentences < doc.sentences.length && doc.sentences[titleSentences].start < t.length) titleSentences++;
  const background = backgroundSentences(doc, titleSentences);
  let features: RelevanceFeatures | null = null;
  const rankTypes = model ? (ev: TypeEvidence, current: EventType): EventType | null => {
    features = relevanceFeatures(doc, titleSentences, ev);
    return model.rankType(features, ev.typeScores, current);
  } : undefined;
  const esc = scorer.score({ doc, titleSentences, background, rankTypes });
  return { doc, titleSentences, esc, features: features ?? relevanceFeatures(doc, titleSentences, esc) };
}
