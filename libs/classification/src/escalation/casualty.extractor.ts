import { commonEnglishWords } from '../text/word-lists';
import { NUMBER_PATTERN, parseCount } from './number-words';

export interface CasualtyFinding {
  kind: 'killed' | 'injured';
  count: number;
  /** Offsets into the sentence text handed to extract(). */
  span: [number, number];
  phrase: string;
}

const Q = '(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as|roughly|approximately|another|an estimated|a total of|only|just|the)\\s+)?';
const KILL = '(?:killed|dead|died|slain|murdered|massacred|executed|assassinated|beheaded|perished|lost their lives|lost his life|lost her life|shot dead|gunned down|shot to death|burned to death|hacked to death|lifeless)';
const INJ = '(?:injured|wounded|hurt|maimed|hospitalized|hospitalised|seriously injured|slightly injured|critically injured)';
const PERSON = '(?:soldiers?|civilians?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|policem[ae]n|police officers?|officers?|guards?|persons?|people|students?|peasants?|farmers?|members?|militants?|rebels?|guerrillas?|terrorists?|subversives?|journalists?|teachers?|workers?|residents?|villagers?|passengers?|drivers?|priests?|judges?|mayors?|officials?|leaders?|commanders?|citizens?|youths?|teenagers?|infants?|bab(?:y|ies)|pilots?|bodyguards?|troops?|personnel|service members?|servicem[ae]n|marines?|fighters?|insurgents?|militiam[ae]n|victims?|protesters?|demonstrators?|worshippers?|pilgrims?|relatives?|sons?|daughters?|brothers?|sisters?|mothers?|fathers?|wives?|husbands?|individuals?|agents?|gunm[ae]n|attackers?|assailants?|bystanders?|pedestrians?|staff|employees?|doctors?|nurses?|extremists?|jihadists?|detainees?|prisoners?|inmates?|hostages?|us personnel|american personnel)';
/** Words allowed between a count and the victims ("five US personnel", "three Kataib Hezbollah members"). */
const FILL = "(?:(?!(?:and|or|but|while|killed|wounded|injured|dead|died|hurt|in|on|at|by|after|when)\\b)[a-z0-9'’.-]+\\s+){0,4}?";
const AUX = '(?:(?:were|was|have been|had been|has been|are|is|being|been|got|reportedly|also|allegedly|all|later|subsequently|either|critically|seriously|fatally|slightly|badly)\\s+){0,3}';
const NUM = `(${NUMBER_PATTERN})`;
/** An active verb followed by an object means the count were the killers, not the killed. */
const ACTIVE_OBJECT = /^\s+(?:a|an|the|his|her|their|him|them|two|three|four|five|six|seven|eight|nine|ten|\d+|at least|several|dozens|many|some)\b/;

const PASSIVE_KILLED = new RegExp(`\\b${Q}${NUM}\\s+${FILL}${AUX}${KILL}\\b`, 'g');
const PASSIVE_INJURED = new RegExp(`\\b${Q}${NUM}\\s+${FILL}${AUX}${INJ}\\b`, 'g');
const LEFT_DEAD = new RegExp(`\\b(?:left|leaving)\\s+${Q}${NUM}\\s+(?:[a-z]+\\s+){0,3}?(?:dead|killed)\\b`, 'g');
const ACTIVE_KILLED = new RegExp(`\\b(?:killing|killed|kills|kill|claimed the lives of|claiming the lives of|massacred|executed|murdered|shot dead)\\s+${Q}${NUM}\\b(?!\\s*(?:%|per cent|percent|years?|days?|hours?|kilomet|km|miles?|meters?|metres?))`, 'g');
const ACTIVE_INJURED = new RegExp(`\\b(?:injuring|injured|injures|wounding|wounded|wounds|hurting|hurt)\\s+${Q}${NUM}\\b(?!\\s*(?:%|per cent|percent|years?|days?|hours?|kilomet|km|miles?))`, 'g');
// A toll counts the dead unless its number is of wounded: "a toll of 1 person wounded".
const TOLL_COUNT = `\\s+(?:[a-z]+\\s+){0,4}?${Q}${NUM}`;
const OF_WOUNDED = `\\s+(?:[a-z]+\\s+)?(?:wounded|injured|hurt)\\b`;
const TOLL = new RegExp(`\\b(?:death toll|toll|fatalities|number of dead|number of deaths)${TOLL_COUNT}\\b(?!${OF_WOUNDED})`, 'g');
const TOLL_INJURED = new RegExp(`\\btoll${TOLL_COUNT}${OF_WOUNDED}`, 'g');
const NOUN_DEATHS = new RegExp(`\\b${Q}${NUM}\\s+(?:[a-z]+\\s+)?(?:deaths?|fatalit(?:y|ies)|dead bodies|bodies|corpses)\\b`, 'g');
const NOUN_INJURIES = new RegExp(`\\b${Q}${NUM}\\s+(?:injuries|injured people|wounded people)\\b`, 'g');

const WORD_COUNT = /^(?:a|an|one|single|lone)$/;
/** A named or described victim with no count: "the mayor … was found dead", "the murder of X". */
const NAMED_KILLED = /\b(?:was|were|been|being)\s+(?:(?:found|reportedly|allegedly|brutally|later|also|shot and|then|subsequently)\s+){0,2}(?:killed|murdered|assassinated|shot dead|shot to death|found dead|executed|beheaded|slain|massacred|stabbed to death|beaten to death|burned to death|hacked to death|lynched|strangled)\b/g;
const POSSESSIVE_KILLED = /[a-z]['’]s\s+(?:murder|assassination|killing|slaying)\b/g;
const NOMINAL_KILLED = /\b(?:murders?|assassinations?|killings?|massacre|slayings?|death|deaths)\s+of\s+(?!(?:the\s+)?(?:case|investigation|trial|charges?)\b)/g;
/** "X died in the explosion", "the attack that killed attorney general X". */
const DIED = /\b(?:died|perished|passed away|was killed|were killed)\b/g;
const KILLED_SOMEONE = new RegExp(`\\b(?:killed|murdered|assassinated|executed|shot dead|gunned down)\\s+(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+|their\\s+)?(?:[a-z.'-]+\\s+){0,3}?(?:${PERSON.slice(3, -1)}|minister|general|attorney|president|judge|mayor|priest|governor|councilman|congressman|deputy|senator|candidate|colonel|captain|lieutenant|sergeant|businessman|lawyer|archbishop|bishop|monsignor|msgr)\\b`, 'g');
const NAMED_INJURED = /\b(?:was|were|been|being)\s+(?:(?:seriously|slightly|critically|badly|reportedly|also)\s+){0,2}(?:injured|wounded|hurt|maimed)\b/g;

/**
 * Tallies over a period or a war ("so far this year 300 were killed", "since the group was founded",
 * "the war has claimed 120 deaths") and past-perfect recollections ("had been killed") are not
 * the event being reported.
 */
const AGGREGATE = /\b(?:so far (?:this|in)|this year|since (?:the|it|its|19|20|january|february|march|april|may|june|july|august|september|october|november|december)|in (?:the )?(?:past|last) (?:\w+ )?(?:years?|months?|weeks?|decades?)|over the (?:past|last)|during the (?:past|last|year)|a wave of|in recent (?:years|months|weeks)|(?:have|has) claimed|in more than \d+|had been (?:killed|murdered|assassinated|slain)|had (?:killed|murdered|died)|who (?:was|were|had been) (?:killed|murdered|assassinated|slain|executed|shot dead|shot to death) (?:on|in|during|last)\b)/;
/**
 * The toll of a war, a regime or a period rather than of one event: "the war, which has resulted in
 * 70,000 deaths", "decades of military rule that left 100,000 dead", "over a 9-year period",
 * "in only 3 months", "in this decade" (but not "the second attack in two months killed five").
 */
const PERIOD_TOLL = /\b(?:(?:war|conflict|offensive|invasion|regimes?|dictatorship|insurgency)\b[^.;]{0,50}?\b(?:resulted in|left|caused|cost|claimed|lasted)\b|decades? of\b[^.;]{0,60}?\b(?:resulted in|left|caused|cost|claimed)\b|(?:(?:over|during) (?:a |an |the |its |their )?|in (?:only|just|the first) )(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)[- ](?:years?|months?|decades?)(?:[- ]long)?(?: period| of)?\b|in (?:this|the last|the past) decade\b)/;
/** Threats, demands and intentions name deaths that have not happened. */
const THREAT = /\b(?:threat(?:en(?:ed|s|ing)?)? to (?:kill|murder|execute)|(?:will|would) (?:kill|execute|murder)|plans? to (?:kill|murder|assassinate)|plot(?:ted)? to (?:kill|murder|assassinate)|attempt(?:ed)? to (?:kill|murder|assassinate)|death threats?|(?:kill|murder) (?:him|her|them) if)\b/;

/**
 * Killed and injured counts in one sentence, from digits and number words. "A soldier was
 * killed" counts one; "a car bomb killed" does not (a count in words needs a person noun).
 */
export function extractCasualties(sentence: string): CasualtyFinding[] {
  const folded = sentence.toLowerCase();
  if (!/kill|dead|death|died|slain|murder|massacr|execut|assassin|behead|perish|lives|injur|wound|hurt|maim|hospital|fatal|toll|bodies|corpse|lifeless/.test(folded)) return [];
  // Wire copy breaks lines inside phrases ("SHOT TO\nDEATH"): one space per whitespace character
  // keeps every offset and lets multi-word patterns match.
  const lower = folded.replace(/[\t\n\r\f\v\u00a0]/g, ' ');
  const out: CasualtyFinding[] = [];
  // "Could have been killed", "would have killed 5,000", "countless … have been murdered": no one in particular, no event.
  if (/\b(?:could|may|might|would|will|should) (?:have )?(?:been|be) (?:killed|murdered|injured|wounded|hurt)\b|\b(?:could|may|might|would) have (?:killed|murdered|injured|wounded)\b|\bpossible to (?:kill|murder)\b|\btwo birds with one stone\b|\b(?:countless|thousands of|hundreds of|tens of thousands)\b[^.]*\b(?:have|has) been\b/.test(lower)) return out;
  if (AGGREGATE.test(lower) || PERIOD_TOLL.test(lower) || THREAT.test(lower)) return out;
  passive(lower, PASSIVE_KILLED, 'killed', out);
  passive(lower, PASSIVE_INJURED, 'injured', out);
  active(lower, ACTIVE_KILLED, 'killed', out);
  active(lower, LEFT_DEAD, 'killed', out);
  active(lower, ACTIVE_INJURED, 'injured', out);
  active(lower, TOLL, 'killed', out);
  active(lower, TOLL_INJURED, 'injured', out);
  active(lower, NOUN_DEATHS, 'killed', out);
  active(lower, NOUN_INJURIES, 'injured', out);
  if (!out.some((f) => f.kind === 'killed')) unnumbered(lower, [NAMED_KILLED, KILLED_SOMEONE, DIED, NOMINAL_KILLED, POSSESSIVE_KILLED], 'killed', out);
  if (!out.some((f) => f.kind === 'injured')) unnumbered(lower, [NAMED_INJURED], 'injured', out);
  return out;
}

function passive(lower: string, re: RegExp, kind: CasualtyFinding['kind'], out: CasualtyFinding[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const numText = m[1];
    const between = m[0].slice(m[0].indexOf(numText) + numText.length);
    const isWordOne = WORD_COUNT.test(numText) || /^(?:several|many|some|both)$/.test(numText);
    if (isWordOne && !new RegExp(`^\\s+(?:[a-z'-]+\\s+){0,2}?${PERSON}\\b`).test(between)) continue;
    if (!isWordOne && /^\s*(?:%|per cent|percent|years?|days?|hours?|months?|weeks?|kilomet|km|miles?|meters?|metres?|am|pm|a\.m|p\.m|o'clock|gmt|utc|hrs|local time)\b/.test(between)) continue;
    // "Two gunmen killed a soldier": an object after the verb means the count did the killing.
    const end = m.index + m[0].length;
    if (kind === 'killed' && /killed$/.test(m[0]) && !/(?:were|was|been|being|got)\s+(?:\w+\s+){0,2}killed$/.test(m[0]) && ACTIVE_OBJECT.test(lower.slice(end, end + 16))) continue;
    const count = parseCount(numText);
    if (count === null || count > 100000) continue;
    out.push({ kind, count, span: [m.index, end], phrase: m[0].trim() });
  }
}

function active(lower: string, re: RegExp, kind: CasualtyFinding['kind'], out: CasualtyFinding[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const numText = m[1];
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if ((WORD_COUNT.test(numText) || /^(?:several|many|some|both)$/.test(numText)) && !new RegExp(`^\\s+(?:[a-z'-]+\\s+){0,2}?${PERSON}\\b`).test(after)) continue;
    if (/^\d{4}$/.test(numText)) continue; // a year
    const count = parseCount(numText);
    if (count === null || count > 100000) continue;
    out.push({ kind, count, span: [m.index, m.index + m[0].length], phrase: m[0].trim() });
  }
}

/** Victims without a count: at least one. "No one was killed" and "were not killed" count none. */
function unnumbered(lower: string, patterns: RegExp[], kind: CasualtyFinding['kind'], out: CasualtyFinding[]): void {
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      // "No one had been injured or killed": the negation may stand a few words back.
      const before = lower.slice(Math.max(0, m.index - 40), m.index);
      if (/\b(?:no one|nobody|none|no|not|never|no-one)\b[^.,;]*$/.test(before) || /^\s*not\b/.test(lower.slice(m.index + 4, m.index + 9))) continue;
      if (!specificVictim(lower, m, re)) continue;
      out.push({ kind, count: 1, span: [m.index, m.index + m[0].length], phrase: m[0].trim() });
      return;
    }
  }
}

/** Words that open a noun phrase about particular people ("the murder of the mayor", "of two priests"). */
const SPECIFIC_OPENER = new RegExp(`^(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|former|late|${NUMBER_PATTERN.slice(3, -1)})$`);
/** Quantifiers that make a plural vaguer, not more particular ("the murder of several officials"). */
const VAGUE_QUANTIFIER = /^(?:several|many|some|various|numerous|countless|dozens|hundreds|thousands|scores|other|more)$/;
/** Where a victim noun phrase ends. */
const NP_END = /^(?:and|or|but|who|whom|which|that|in|on|at|by|for|from|with|during|after|before|to|as|is|are|was|were|has|have|had|continues?|should|must|will|would)$/;

/**
 * The deaths an unnumbered pattern names are particular ones: not a bare plural ("the murder of
 * activists", "they have murdered judges", "murdered and missing people" in an organisation's name),
 * not an ongoing or generic state ("journalists have been murdered", "civilians are being killed",
 * "to prevent judges from being murdered") and not a possibility ("the possible death of the crew").
 */
function specificVictim(lower: string, m: RegExpExecArray, re: RegExp): boolean {
  const head = lower.slice(Math.max(0, m.index - 12), m.index);
  if (re === NAMED_KILLED) {
    // "Journalists have been murdered" with no count is a tally or a generalisation; "has been
    // killed" and "they have been killed" name particular people.
    if (/^(?:been|being)/.test(m[0]) && /\b(?:have|are|is|from|of)\s+$/.test(head)) {
      return /\b(?:they|both|all)\s+(?:(?:also|now|all|reportedly)\s+)?(?:have|are)\s+$/.test(lower.slice(Math.max(0, m.index - 24), m.index));
    }
    return true;
  }
  // "Now that it has officially died": a project or a plan, not a person.
  if (re === DIED && /\bit\s+(?:has\s+|had\s+)?(?:\w+\s+)?$/.test(lower.slice(Math.max(0, m.index - 24), m.index))) return false;
  if (re === NOMINAL_KILLED || re === KILLED_SOMEONE) {
    if (/\b(?:possible|alleged|eventual|future|more|further|any|no)\s+$/.test(head)) return false;
    // The words after "murder of" / "murdered": a bare plural is a kind of people, not victims.
    const rest = lower.slice(re === NOMINAL_KILLED ? m.index + m[0].length : m.index + m[0].indexOf(' ') + 1).match(/^[a-z0-9' -]{0,60}/)?.[0] ?? '';
    const words = rest.split(/\s+/).filter(Boolean);
    if (words.length === 0) return true;
    if (SPECIFIC_OPENER.test(words[0]) && words[0] !== 'some') return true;
    let last = words[0];
    for (const w of words) {
      if (NP_END.test(w)) break;
      last = w;
    }
    return !(VAGUE_QUANTIFIER.test(words[0]) || isPluralNoun(last));
  }
  return true;
}

/** A plural common noun ("activists", "people"); names ending in -s ("Colindres") are not in the word list. */
function isPluralNoun(w: string): boolean {
  return /^(?:people|men|women|children|personnel|police|youth)$/.test(w) || (/[^su']s$/.test(w) && w.length > 3 && commonEnglishWords().has(w));
}
