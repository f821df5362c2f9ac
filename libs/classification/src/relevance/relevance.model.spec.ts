import { EscalationResult } from '../escalation/escalation.scorer';
import { tokenize } from '../text/tokenizer';
import { HASH_BITS, hash, NAMED_FEATURES, relevanceFeatures, RelevanceEvidence } from './relevance.features';
import { gateByRelevance } from './relevance.gate';
import { RelevanceModel } from './relevance.model';
import { RelevanceWeights } from './relevance.weights';

const NO_EVIDENCE: RelevanceEvidence = { typeScores: {}, cueLevel: 1, violentSentences: [], verbalSentences: [], killed: 0, injured: 0, perpetratorsKilled: 0 };

function weights(word: string, w: number): RelevanceWeights {
  return {
    about: {}, hashBits: HASH_BITS, types: {}, threshold: 0.5, minorThreshold: 0.5, statementThreshold: 0.5,
    event: { named: { bias: 0 }, hashed: [[hash(word), w]] },
    topic: { named: { bias: -5 }, hashed: [] },
  };
}

describe(RelevanceModel.name, () => {
  const doc = tokenize('Football final tonight\nThe match starts at eight.', 23);

  it('scores the words of the title and lead through the weights it is given', () => {
    const f = relevanceFeatures(doc, 1, NO_EVIDENCE);
    expect(new RelevanceModel(weights('football', 3)).assess(f, 'Battles')).toMatchObject({ event: true, relevance: 0.953 });
    const sut = new RelevanceModel(weights('football', -3));
    const verdict = sut.assess(f, 'Battles');
    expect(verdict).toMatchObject({ event: false, relevance: 0.047, statement: false });
    expect(verdict.reasons[0]).toBe('"football" −3.00');
  });

  it('leaves out function words and numbers, so it cannot learn a corpus by its style', () => {
    const f = relevanceFeatures(tokenize('The 12 of the rebels'), 1, NO_EVIDENCE);
    expect(f.name.filter((n) => !(NAMED_FEATURES as readonly string[]).includes(n))).toEqual(['rebels']);
  });

  it('says no event without asking the event model when the scorer found no type', () => {
    const f = relevanceFeatures(doc, 1, NO_EVIDENCE);
    expect(new RelevanceModel(weights('football', 9)).assess(f, 'Not a conflict event')).toMatchObject({ event: false, relevance: 0 });
  });

  it('lets the type models choose among voted types, within the band except protest and riot', () => {
    const f = relevanceFeatures(doc, 1, NO_EVIDENCE);
    const types = { Protests: { named: {}, hashed: [[hash('football'), 1]] as [number, number][] }, Riots: { named: {}, hashed: [[hash('football'), 2]] as [number, number][] } };
    const sut = new RelevanceModel({ ...weights('x', 0), types });
    expect(sut.rankType(f, { Protests: 1, Riots: 0.5 }, 'Protests')).toBe('Riots');
    expect(sut.rankType(f, { Protests: 1 }, 'Protests')).toBe('Protests');
    expect(sut.rankType(f, { Protests: 1, Battles: 3 }, 'Battles')).toBeNull();
  });

  it('refuses weights built for another hash space', () => {
    expect(() => new RelevanceModel({ ...weights('x', 1), hashBits: HASH_BITS + 1 })).toThrow(/hash bits/);
  });
});

describe(gateByRelevance.name, () => {
  const esc: EscalationResult = {
    level: 5, eventType: 'Battles', subEventType: 'Armed clash', killed: 0, perpetratorsKilled: 0, injured: 0,
    weapons: ['missile'], targets: ['civilians'], signals: [{ phrase: 'battle', span: [0, 6], weight: 3, kind: 'level' }],
    typeScores: { Battles: 3 }, cueLevel: 5, violentSentences: [0], verbalSentences: [], statementCue: true,
  };

  it('turns a non-event into "Not a conflict event" at level 1, without weapons, targets or level signals', () => {
    const out = gateByRelevance(esc, { relevance: 0.1, event: false, statement: false, reasons: [] });
    expect(out).toMatchObject({ level: 1, eventType: 'Not a conflict event', subEventType: null, weapons: [], targets: [], signals: [] });
  });

  it('keeps a statement about conflict at level 2, never higher', () => {
    expect(gateByRelevance(esc, { relevance: 0.3, event: false, statement: true, reasons: [] }).level).toBe(2);
    expect(gateByRelevance({ ...esc, statementCue: false }, { relevance: 0.3, event: false, statement: true, reasons: [] }).level).toBe(1);
  });

  it('lets an event through unchanged', () => {
    expect(gateByRelevance(esc, { relevance: 0.9, event: true, statement: false, reasons: [] })).toBe(esc);
  });
});
