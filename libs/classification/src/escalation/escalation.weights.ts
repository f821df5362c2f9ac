/**
 * Every tunable of the escalation scorer in one object, so eval and training can sweep or fit
 * them (STYLE.md, "Engines as phases that return data"). The values are the hand-set ones the
 * scorer has carried since the CASE/CAMEO/MUC tuning; the comments say what each one moves.
 */
export interface EscalationWeights {
  /** Body sentences after the title that still count as the lead. */
  leadSentences: number;
  /** Casualty counts are read from the title and this many body sentences: later ones recall other events. */
  casualtySentences: number;
  /** Below this summed vote the text has no event type. */
  minTypeScore: number;
  /** Enough for an analyst to see why; more is noise (and time). */
  maxSignals: number;
  /** Vote weight of a cue by where its sentence is: title, lead, the next `nearSentences`, the rest. */
  position: { title: number; lead: number; near: number; far: number; nearSentences: number };
  /** Background sentences ("a week earlier …") count at this share. */
  background: number;
  /** Votes a sentence frame casts on its own (sentence-frames.ts). */
  frameVotes: { weaponsFound: number; protestViolence: number; baseEstablished: number };
  /** Multipliers a sentence frame applies to the type cues inside it. */
  frameDamping: { weaponsFound: number; verbal: number; protestClash: number; baseEstablished: number; cooperativeBloodshed: number };
  /** A sub-type counts once per sentence; repeats add this share. */
  repeatShare: number;
  /** Target cues in violent sentences vote for the ACLED split between battles and violence against civilians. */
  targetVotes: { forces: number; civilians: number };
  /** Deaths turn a strategic development violent when the best violent type has this share of its votes. */
  deadlyOverrideShare: number;
  /** Level thresholds. */
  level: { criticalDeaths: number; criticalCasualties: number; protestMassacre: number };
}

export const ESCALATION_WEIGHTS: EscalationWeights = {
  leadSentences: 3,
  casualtySentences: 20,
  minTypeScore: 1.1,
  maxSignals: 40,
  position: { title: 2, lead: 1.5, near: 0.8, far: 0.3, nearSentences: 8 },
  background: 0.15,
  frameVotes: { weaponsFound: 4, protestViolence: 3, baseEstablished: 4 },
  frameDamping: { weaponsFound: 0.2, verbal: 0.15, protestClash: 1.5, baseEstablished: 0.3, cooperativeBloodshed: 0.2 },
  repeatShare: 0.1,
  targetVotes: { forces: 0.5, civilians: 0.3 },
  deadlyOverrideShare: 0.5,
  level: { criticalDeaths: 20, criticalCasualties: 50, protestMassacre: 10 },
};
