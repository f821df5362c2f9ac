import { commonEnglishWords } from '../text/word-lists';
import { NUMBER_PATTERN, parseCount } from './number-words';

export interface CasualtyFinding {
  kind: 'killed' | 'injured';
  count: number;
  /** Offsets into the sentence text handed to extract(). */
  span: [number, number];
  phrase: string;
  /**
   * The dead are the attackers or members of an armed group ("two of the kidnappers were killed",
   * "troops killed six militants"): deaths of the event, but not its victims.
   */
  perpetrator?: boolean;
}

const Q = '(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as|roughly|approximately|another|an estimated|a total of|only|just|the)\\s+)?';
const KILL = '(?:(?:fatally|mortally) (?:wounded|injured|shot|stabbed)|killed|dead|died|slain|murdered|massacred|executed|assassinated|beheaded|perished|lost their lives|lost his life|lost her life|shot dead|gunned down|shot to death|burned to death|hacked to death|lifeless)';
const INJ = '(?:injured|wounded|hurt|maimed|hospitalized|hospitalised|seriously injured|slightly injured|critically injured)';
const PERSON = '(?:soldiers?|civilians?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|policem[ae]n|police officers?|officers?|guards?|persons?|people|students?|peasants?|farmers?|members?|militants?|rebels?|guerrillas?|terrorists?|subversives?|journalists?|teachers?|workers?|residents?|villagers?|passengers?|drivers?|priests?|judges?|mayors?|officials?|leaders?|commanders?|citizens?|youths?|teenagers?|infants?|bab(?:y|ies)|pilots?|bodyguards?|troops?|personnel|service members?|servicem[ae]n|marines?|fighters?|insurgents?|militiam[ae]n|victims?|protesters?|demonstrators?|worshippers?|pilgrims?|relatives?|sons?|daughters?|brothers?|sisters?|mothers?|fathers?|wives?|husbands?|individuals?|agents?|gunm[ae]n|attackers?|assailants?|bystanders?|pedestrians?|staff|employees?|doctors?|nurses?|extremists?|jihadists?|detainees?|prisoners?|inmates?|hostages?|us personnel|american personnel)';
/** Words allowed between a count and the victims ("five US personnel", "three Kataib Hezbollah members"). */
const FILL = "(?:(?!(?:and|or|but|while|killed|wounded|injured|dead|died|hurt|in|on|at|by|after|when)\\b)[a-z0-9'’.-]+\\s+){0,4}?";
const AUX = '(?:(?:were|was|have been|had been|has been|are|is|being|been|got|reportedly|also|allegedly|all|later|subsequently|either|critically|seriously|fatally|slightly|badly)\\s+){0,3}';
const NUM = `(${NUMBER_PATTERN})`;
/** An active verb followed by an object means the count were the killers, not the killed. */
const ACTIVE_OBJECT = /^\s+(?:a|an|the|his|her|their|him|them|two|three|four|five|six|seven|eight|nine|ten|\d+|at least|several|dozens|many|some)\b/;

/** The verb group closing a passive death ("have been killed", "were reportedly slain", "have died"). */
const KILLED_TAIL = new RegExp(`\\s*(?:(?:have|has|had)\\s+)?${AUX}${KILL}$`);
const PASSIVE_KILLED = new RegExp(`\\b${Q}${NUM}\\s+${FILL}${AUX}${KILL}\\b`, 'g');
const PASSIVE_INJURED = new RegExp(`\\b${Q}${NUM}\\s+${FILL}${AUX}${INJ}\\b`, 'g');
const LEFT_DEAD = new RegExp(`\\b(?:left|leaving)\\s+${Q}${NUM}\\s+(?:[a-z]+\\s+){0,3}?(?:dead|killed)\\b`, 'g');
const ACTIVE_KILLED = new RegExp(`\\b(?:killing|killed|kills|kill|(?:claimed|claiming|cost|costing|took|taking) the lives of|massacred|executed|murdered|murdering|assassinated|assassinating|shot dead)\\s+${Q}${NUM}\\b(?!\\s*(?:%|per cent|percent|years?|days?|hours?|kilomet|km|miles?|meters?|metres?)|-(?:years?|months?|weeks?|days?)\\b)`, 'g');
const ACTIVE_INJURED = new RegExp(`\\b(?:injuring|injured|injures|wounding|wounded|wounds|hurting|hurt)\\s+${Q}${NUM}\\b(?!\\s*(?:%|per cent|percent|years?|days?|hours?|kilomet|km|miles?)|-(?:years?|months?|weeks?|days?)\\b)`, 'g');
// A toll counts the dead unless its number is of wounded: "a toll of 1 person wounded".
const TOLL_COUNT = `\\s+(?:[a-z]+\\s+){0,4}?${Q}${NUM}`;
const OF_WOUNDED = `\\s+(?:[a-z]+\\s+)?(?:wounded|injured|hurt)\\b`;
const TOLL = new RegExp(`\\b(?:death toll|toll|fatalities|number of dead|number of deaths)${TOLL_COUNT}\\b(?!${OF_WOUNDED})`, 'g');
const TOLL_INJURED = new RegExp(`\\btoll${TOLL_COUNT}${OF_WOUNDED}`, 'g');
const DEATH_NOUN = '(?:deaths?|fatalit(?:y|ies)|dead bodies|bodies|corpses)';
const INJURY_NOUN = '(?:injuries|injured people|wounded people)';
const NOUN_DEATHS = new RegExp(`\\b${Q}${NUM}\\s+(?:[a-z]+\\s+)?${DEATH_NOUN}\\b`, 'g');
const NOUN_INJURIES = new RegExp(`\\b${Q}${NUM}\\s+${INJURY_NOUN}\\b`, 'g');
/** What each count-led pattern above must end on, anywhere in a clause: no match of it, no match of the pattern. */
const ANY_KILL = new RegExp(KILL);
const ANY_INJ = new RegExp(INJ);
const ANY_DEATH_NOUN = new RegExp(DEATH_NOUN);
const ANY_INJURY_NOUN = new RegExp(INJURY_NOUN);

/** What follows "killed" in "were killed or wounded": a count of casualties, none of them known to be dead. */
const KILLED_OR_WOUNDED = /^\s+or\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b/;

const WORD_COUNT = /^(?:a|an|one|single|lone)$/;
/** A named or described victim with no count: "the mayor … was found dead", "the murder of X". */
const NAMED_KILLED = /\b(?:was|were|been|being)\s+(?:(?:found|reportedly|allegedly|brutally|later|also|shot and|then|subsequently)\s+){0,2}(?:(?:fatally|mortally) (?:wounded|injured|shot|stabbed)|killed|murdered|assassinated|shot dead|shot to death|found dead|executed|beheaded|slain|massacred|stabbed to death|beaten to death|burned to death|hacked to death|lynched|strangled|(?!(?:sentenced|condemned|frightened|scared|bored|worried)\b)[a-z]+ed to death|burned alive|burnt alive)\b/g;
/**
 * "Galan's murder", "the Jesuits' murder", "his abominable assassination": a named or known victim
 * killed. Not "his murder trial" (he may be the accused), nor "X's killing of Y" (the nominal
 * pattern reads Y), nor "X's death" on its own (in general news mostly an illness or an overdose;
 * "X's death in the dynamite attack" is a victim).
 */
const POSSESSIVE_KILLED = /(?:[a-z](?:['’]s|[sz]['’])\s+(?:[a-z]+\s+)?(?:murder|assassination|killing|slaying|death(?=\s+(?:in|during)\s+(?:the|an?)\s+(?:[a-z-]+\s+){0,2}(?:attack|bombing|explosion|blast|ambush|raid|shooting|massacre|assault|air ?strike|strike)\b))|\b(?:his|her|their)\s+(?:[a-z]+\s+)?(?:murder|assassination|slaying))\b(?!\s+(?:of|trial|case|charges?|conviction|sentence|threats?|squads?|penalty|plot|attempt|spree|warrant)\b)/g;
/**
 * "The murder of X", and with the act's place, date or case between ("the assassination in Guatemala
 * of X", "the assassination on 22 March of X", "the murder case of X").
 */
const NOMINAL_KILLED = /\b(?:(?:murder|assassination|killing|slaying)(?:\s+case|\s+(?:in|on)\s+(?:(?!(?:the|a|an|his|her|their|its)\s)[a-z0-9'.-]+\s+){0,2}?[a-z0-9'.-]+)?|murders|assassinations|killings|slayings|massacre|death|deaths)\s+of\s+(?!(?:the\s+)?(?:case|investigation|trial|charges?)\b)/g;
/** "The Jesuit murder case", "the Letelier assassination case": a case is named after a killing. */
const MURDER_CASE = /\b(?:the|this|that)\s+(?:[a-z.'’-]+\s+){1,2}(?:murder|assassination|killing)\s+case\b/g;
/** "X died in the explosion", "the attack that killed attorney general X". */
const DIED = /\b(?:(?:claimed|claiming|cost|costing|took|taking)\s+the\s+li(?:fe|ves)\s+of|died|perished|passed away|succumbed to (?:his|her|their|the) (?:wounds|injuries|burns)|was killed|were killed|(?:was|were) pronounced dead|lost (?:his|her|their) li(?:fe|ves)|ended (?:his|her) life)\b/g;
const KILLED_SOMEONE = new RegExp(`\\b(?:killed|murdered|assassinated|executed|shot dead|gunned down|killing|murdering|assassinating)\\s+(?:(?:[a-z.'-]+\\s+){0,3}[a-z.'-]+,\\s+)??(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+|their\\s+)?(?:[a-z0-9.'-]+\\s+){0,3}?(?:${PERSON.slice(3, -1)}|wife|professor|rector|nun|engineer|reporter|photographer|editor|activist|minister|general|attorney|president|judge|mayor|priest|governor|councilman|congressman|deputy|senator|candidate|colonel|captain|lieutenant|sergeant|businessman|lawyer|archbishop|bishop|monsignor|msgr)\\b`, 'g');
const VICTIM_NOUN = `(?:${PERSON.slice(3, -1)}|wife|professor|rector|nun|jesuits?|engineer|reporter|photographer|editor|activist|minister|general|attorney|president|judge|mayor|priest|governor|councilman|congressman|deputy|senator|candidate|colonel|captain|lieutenant|sergeant|businessman|lawyer|archbishop|bishop|monsignor|msgr)`;
/**
 * A participle naming the dead: "the assassinated candidate", "the slain journalist", and a reduced
 * relative, "the Jesuits murdered by soldiers", "the former minister murdered in Washington" (a
 * time, place or agent after the verb: "the soldiers killed six" is the active voice).
 */
const PARTICIPLE_KILLED = new RegExp(`\\bthe\\s+(?:(?:murdered|assassinated|slain)\\s+[a-z]|(?:[a-z.'’-]+\\s+){0,3}?${VICTIM_NOUN}\\s+(?:murdered|assassinated|slain|killed|executed)\\s+(?:by|in|on|at|near|during|last|yesterday|earlier|when|while|this|today)\\b)`, 'g');
/**
 * "The bodies of four of the students were found", "police identified the body of Leonel Chuta": the
 * dead, when the sentence tells of finding, identifying or burying them ("bodies of water" is neither).
 */
const BODIES_OF = new RegExp(`\\b(?:bod(?:y|ies)|corpses?|remains)\\s+of\\s+(?:the\\s+)?(${NUMBER_PATTERN}\\b)?`, 'g');
/** A person noun opens what follows: "the bodies of (the) four students". */
const VICTIM_AHEAD = new RegExp(`^(?:[a-z.'’-]+\\s+){0,3}?${VICTIM_NOUN}\\b`);
const BODY_FOUND = /\b(?:found|discovered|recovered|identified|buried|exhumed|dumped|lying|lay|appeared|morgue|retrieved|pulled)\b/;
const NAMED_INJURED = /\b(?:was|were|been|being)\s+(?:(?:seriously|slightly|critically|badly|reportedly|also)\s+){0,2}(?:injured|wounded|hurt|maimed)\b/g;

/**
 * Tallies over a period or a war ("so far this year 300 were killed", "since the group was founded",
 * "the war has claimed 120 deaths", "during the war", "during the month of January", "in those
 * days") and past-perfect recollections ("had been killed", "who was killed in 1985") are not the
 * event being reported. "Over the past 24 hours", "during the past few hours", "over the weekend"
 * and "who were killed on Thursday" or "in the attack" are the news itself.
 */
const AGGREGATE = /\b(?:so far (?:this|in)|this year|since (?:the|it|its|19|20|january|february|march|april|may|june|july|august|september|october|november|december)|in (?:the )?(?:past|last) (?:\w+ )?(?:years?|months?|weeks?|decades?)|(?:over|during) the (?:past|last)\b(?! (?:(?:\d+|few|several|two|three|24|48|twenty-four|forty-eight) )?(?:hours|night|weekend|days)\b)|during the year|during the month of|(?:during|in) those (?:days|weeks|months|years)|during (?:the|this|that) (?:\w+ )?war\b(?!-)|a wave of|in recent (?:years|months|weeks)|(?:have|has) claimed|in more than \d+|had been (?:killed|murdered|assassinated|slain)|had (?:killed|murdered|died)|who (?:was|were|had been) (?:killed|murdered|assassinated|slain|executed|shot dead|shot to death) (?:on|in|during|last)\b(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|the|an?)\b))/;
/**
 * The toll of a war, a regime or a period rather than of one event: "the war, which has resulted in
 * 70,000 deaths", "decades of military rule that left 100,000 dead", "over a 9-year period",
 * "in only 3 months", "in this decade" (but not "the second attack in two months killed five").
 */
const PERIOD_TOLL = /\b(?:(?:war|conflict|offensive|invasion|regimes?|dictatorship|insurgency)\b[^.;]{0,50}?\b(?:resulted in|left|caused|cost|claimed|lasted)\b|decades? of\b[^.;]{0,60}?\b(?:resulted in|left|caused|cost|claimed)\b|(?:(?:over|during) (?:a |an |the |its |their )?|in (?:only|just|the first) )(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)[- ](?:years?|months?|decades?)(?:[- ]long)?(?: period| of)?\b|in (?:this|the last|the past) decade\b)/;
/** Threats, demands and intentions name deaths that have not happened. */
const THREAT = /\b(?:threat(?:en(?:ed|s|ing)?)? to (?:kill|murder|execute)|(?:will|would) (?:kill|execute|murder)|plans? to (?:kill|murder|assassinate)|plot(?:ted)? to (?:kill|murder|assassinate)|attempt(?:ed)? to (?:kill|murder|assassinate)|death threats?|(?:kill|murder) (?:him|her|them) if)\b/g;

/**
 * Killed and injured counts in one sentence, from digits and number words. "A soldier was
 * killed" counts one; "a car bomb killed" does not (a count in words needs a person noun).
 */
export function extractCasualties(sentence: string): CasualtyFinding[] {
  // Clauses joined by a semicolon are read apart, so a recollection or threat in one ("the judge
  // had been murdered; the senator was killed that evening") does not cancel the other.
  if (!sentence.includes(';')) return extractClause(sentence);
  const out: CasualtyFinding[] = [];
  let start = 0;
  for (const clause of sentence.split(';')) {
    for (const f of extractClause(clause)) out.push({ ...f, span: [f.span[0] + start, f.span[1] + start] });
    start += clause.length + 1;
  }
  return out;
}

/**
 * A clause without one of these (lower-cased) holds no casualty: the patterns below all need one.
 * ASCII only, and no alternative ends in "i" (casualties.phase.ts relies on both).
 */
export const CASUALTY_WORD = /kill|dead|death|died|slain|murder|massacr|execut|assassin|behead|perish|lives|(?:lost|ended)\s+(?:his|her)\s+life|the\s+life\s+of|burn(?:ed|t)\s+alive|injur|wound|hurt|maim|hospital|fatal|toll|bodies|body\s+of|corpse|lifeless|remains\s+of/;

function extractClause(sentence: string): CasualtyFinding[] {
  const folded = sentence.toLowerCase();
  if (!CASUALTY_WORD.test(folded)) return [];
  // Wire copy breaks lines inside phrases ("SHOT TO\nDEATH"): one space per whitespace character
  // keeps every offset and lets multi-word patterns match.
  const lower = folded.replace(/[\t\n\r\f\v\u00a0]/g, ' ');
  const out: CasualtyFinding[] = [];
  // "Could have been killed", "would have killed 5,000", "countless … have been murdered": no one in particular, no event.
  if (/\b(?:could|may|might|would|will|should) (?:have )?(?:been|be) (?:killed|murdered|injured|wounded|hurt)\b|\b(?:could|may|might|would) have (?:killed|murdered|injured|wounded)\b|\bpossible to (?:kill|murder)\b|\btwo birds with one stone\b|\b(?:countless|thousands of|hundreds of|tens of thousands)\b[^.]*\b(?:have|has) been\b/.test(lower)) return out;
  if (AGGREGATE.test(lower) || PERIOD_TOLL.test(lower) || isRunningToll(lower)) return out;
  const threats = threatSpans(lower);
  // The count-led patterns try a match at every word ("a", "one", "the" can open a count): a
  // clause without the verb or noun each must end on cannot match it, so it is not tried.
  if (ANY_KILL.test(lower)) passive(lower, PASSIVE_KILLED, 'killed', out);
  if (ANY_INJ.test(lower)) passive(lower, PASSIVE_INJURED, 'injured', out);
  active(lower, ACTIVE_KILLED, 'killed', out);
  active(lower, LEFT_DEAD, 'killed', out);
  active(lower, ACTIVE_INJURED, 'injured', out);
  active(lower, TOLL, 'killed', out);
  active(lower, TOLL_INJURED, 'injured', out);
  if (ANY_DEATH_NOUN.test(lower)) active(lower, NOUN_DEATHS, 'killed', out);
  if (ANY_INJURY_NOUN.test(lower)) active(lower, NOUN_INJURIES, 'injured', out);
  dropThreatened(lower, threats, out);
  if (!out.some((f) => f.kind === 'killed')) unnumbered(lower, [NAMED_KILLED, KILLED_SOMEONE, DIED, NOMINAL_KILLED, POSSESSIVE_KILLED, MURDER_CASE, PARTICIPLE_KILLED], 'killed', out);
  if (!out.some((f) => f.kind === 'killed')) demonymVictim(sentence, lower, DEMONYM_KILLED, 'killed', out);
  if (!out.some((f) => f.kind === 'injured')) unnumbered(lower, [NAMED_INJURED], 'injured', out);
  if (!out.some((f) => f.kind === 'injured')) demonymVictim(sentence, lower, DEMONYM_INJURED, 'injured', out);
  if (!out.some((f) => f.kind === 'killed') && BODY_FOUND.test(lower)) bodies(lower, out);
  dropThreatened(lower, threats, out);
  // "The army inflicted the following casualties on the enemy: 784 dead": the losses of the attackers.
  if (INFLICTED_ON_PERPETRATORS.test(lower)) for (const f of out) if (f.kind === 'killed') f.perpetrator = true;
  return out;
}

/**
 * Threats, demands and intentions name deaths that have not happened: a death in the threat's own
 * clause ("threatened to kill five journalists") is dropped; one in another clause ("is wanted for
 * the murder of a councilman and for a plan to kill a rival") stands.
 */
function threatSpans(lower: string): [number, number][] {
  THREAT.lastIndex = 0;
  const threats: [number, number][] = [];
  for (let m = THREAT.exec(lower); m; m = THREAT.exec(lower)) threats.push([m.index, m.index + m[0].length]);
  return threats;
}

function dropThreatened(lower: string, threats: [number, number][], out: CasualtyFinding[]): void {
  if (threats.length === 0 || out.length === 0) return;
  for (let i = out.length - 1; i >= 0; i--) {
    const [a, b] = out[i].span;
    const sameClause = threats.some(([ta, tb]) => {
      const between = lower.slice(Math.min(b, tb), Math.max(a, ta));
      return Math.max(a, ta) <= Math.min(b, tb) || !/[,;:]|\band\b/.test(between);
    });
    if (sameClause) out.splice(i, 1);
  }
}

function passive(lower: string, re: RegExp, kind: CasualtyFinding['kind'], out: CasualtyFinding[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const numText = m[1];
    const between = m[0].slice(m[0].indexOf(numText) + numText.length);
    const isWordOne = WORD_COUNT.test(numText) || /^(?:several|many|some|both)$/.test(numText);
    if (isWordOne && !PERSON_AHEAD.test(between)) continue;
    // "In 2016 badly hurt …": a year before the verb dates the sentence; a count that size is written "2,016".
    if (/^(?:19|20)\d\d$/.test(numText)) continue;
    if (notACount(lower, m.index + m[0].indexOf(numText))) continue;
    if (!isWordOne && /^\s*(?:%|per cent|percent|years?|days?|hours?|months?|weeks?|kilomet|km|miles?|meters?|metres?|am|pm|a\.m|p\.m|o'clock|gmt|utc|hrs|local time)\b/.test(between)) continue;
    const end = m.index + m[0].length;
    // "13 soldiers were killed or wounded": a count of casualties, none of them known to be dead.
    if (kind === 'killed' && KILLED_OR_WOUNDED.test(lower.slice(end, end + 30))) continue;
    // "Two gunmen killed a soldier": an object after the verb means the count did the killing.
    if (kind === 'killed' && /killed$/.test(m[0]) && !/(?:were|was|been|being|got)\s+(?:\w+\s+){0,2}killed$/.test(m[0]) && ACTIVE_OBJECT.test(lower.slice(end, end + 16))) continue;
    const count = parseCount(numText);
    if (count === null || count > 100000) continue;
    const finding: CasualtyFinding = { kind, count, span: [m.index, end], phrase: m[0].trim() };
    if (kind === 'killed') {
      // The victims are the words between the count and the verb ("two of the kidnappers were
      // killed"), or the noun after "dead" ("22 dead guerrillas").
      const words = between.replace(KILLED_TAIL, '').match(/[a-z0-9'’.-]+/g) ?? [];
      // "20 terrorists, 4 of whom died": the victims are named before the count.
      const victims = /^of (?:whom|them)$/.test(words.join(' ')) ? lower.slice(Math.max(0, m.index - 40), m.index).replace(/[,\s]+$/, '').split(/\s+/).slice(-2) : words;
      if (victims.length ? isPerpetrator(victims) : /dead$/.test(m[0]) && PERPETRATOR.test(lower.slice(end).match(/^\s+([a-z'’-]+)/)?.[1] ?? '')) finding.perpetrator = true;
    }
    out.push(finding);
  }
}

function active(lower: string, re: RegExp, kind: CasualtyFinding['kind'], out: CasualtyFinding[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const numText = m[1];
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // "Caused one unfortunate death": the noun is the count's person; "a death squad" and "a death threat" are not deaths.
    const oneDeath = re === NOUN_DEATHS && /^(?:one|single)$/.test(numText) && /deaths?$/.test(m[0]) && !/^\s*(?:squads?|threats?|penalty|sentences?|row|tolls?|march|warrants?|lists?|camps?|notices?)\b/.test(after);
    if (!oneDeath && (WORD_COUNT.test(numText) || /^(?:several|many|some|both)$/.test(numText)) && !PERSON_AHEAD.test(after)) continue;
    if (/^\d{4}$/.test(numText)) continue; // a year
    if (notACount(lower, m.index + m[0].indexOf(numText))) continue;
    const count = parseCount(numText);
    if (count === null || count > 100000) continue;
    const finding: CasualtyFinding = { kind, count, span: [m.index, m.index + m[0].length], phrase: m[0].trim() };
    // "Police killed six kidnappers": the object after the count names the dead.
    if (kind === 'killed' && (re === ACTIVE_KILLED || re === LEFT_DEAD) && isPerpetrator(npWords(re === LEFT_DEAD ? m[0].slice(m[0].indexOf(numText) + numText.length).replace(/\s+(?:dead|killed)$/, '') : after))) finding.perpetrator = true;
    out.push(finding);
  }
}

/** A person noun within the next three words: what a count in words ("two", "several") needs to count people. */
const PERSON_AHEAD = new RegExp(`^\\s+(?:[a-z0-9'-]+\\s+){0,2}?${PERSON}\\b`);

const HAVE_KILLED_PATTERN = '\\b(?:have|has)\\s+(?:been\\s+)?(?:\\w+\\s+)?(?:killed|died|murdered|massacred|executed|slain|perished)';
/** "have been killed", "has died": the perfect of a death verb, anywhere in a sentence / closing a match. */
const HAVE_KILLED = new RegExp(`${HAVE_KILLED_PATTERN}\\b`);
const ENDS_HAVE_KILLED = new RegExp(`${HAVE_KILLED_PATTERN}$`);

/**
 * "2,000 people have been killed", "432 persons have died" with nothing tying the deaths to an event
 * (no "in the attack", "after the quake", "during the raid", "when …"): a running toll of a
 * conflict or a period, not the toll of the event reported. Only hundreds and more: "three people
 * have been killed, police said" is how the day's news is told.
 */
function isRunningToll(lower: string): boolean {
  if (!HAVE_KILLED.test(lower)) return false;
  PASSIVE_KILLED.lastIndex = 0;
  for (let m = PASSIVE_KILLED.exec(lower); m; m = PASSIVE_KILLED.exec(lower)) {
    if (!ENDS_HAVE_KILLED.test(m[0])) continue;
    if ((parseCount(m[1]) ?? 0) < 100) continue;
    const rest = lower.slice(m.index + m[0].length).split(/[.;]/)[0];
    if (!/\b(?:in|during|after|when|following|by|at|inside|as a result)\b/.test(rest)) return true;
  }
  return false;
}

/**
 * The number at `at` is part of a name ("M-19 members", "F-16 pilots") or of "how many"
 * ("nobody knows how many people died"), not a count of the dead.
 */
function notACount(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 8), at);
  return /[a-z]-$/.test(before) || /\bhow\s+$/.test(before);
}

/** "The bodies of four students were found": the count after "of", else one named or described body. */
function bodies(lower: string, out: CasualtyFinding[]): void {
  BODIES_OF.lastIndex = 0;
  for (let m = BODIES_OF.exec(lower); m; m = BODIES_OF.exec(lower)) {
    const rest = lower.slice(m.index + m[0].length).trimStart();
    const words = npWords(rest);
    // A particular person or people: a count, a determiner ("of the") or a name, not "bodies of water".
    const person = VICTIM_AHEAD.test(rest);
    const particular = (m[1] !== undefined && (person || /^of\b/.test(rest))) || (/\sthe\s+$/.test(m[0]) && person) || (words.length > 0 && !commonEnglishWords().has(words[0]));
    if (!particular) continue;
    const count = m[1] !== undefined ? parseCount(m[1]) ?? 1 : 1;
    const victims = (rest.replace(/^of\s+(?:the\s+)?/, '').match(VICTIM_AHEAD)?.[0] ?? words.join(' ')).split(/\s+/);
    out.push({ kind: 'killed', count, span: [m.index, m.index + m[0].length], phrase: m[0].trim(), perpetrator: isPerpetrator(victims) || undefined });
    return;
  }
}

/**
 * "Gunmen killed a Colombian and wounded an Ecuadorean": a nationality named as the victim. Only
 * a capitalised word (or wire copy in capitals) with a demonym's ending, so "killed a pelican" is not.
 */
const DEMONYM_KILLED = /\b(?:killed|killing|murdered|murdering|shot dead|gunned down)\s+(?:a|an)\s+([a-z]+(?:an|ese)|[a-z]{4,}i)\b/g;
const DEMONYM_INJURED = /\b(?:wounded|wounding|injured|injuring)\s+(?:a|an)\s+([a-z]+(?:an|ese)|[a-z]{4,}i)\b/g;

function demonymVictim(sentence: string, lower: string, re: RegExp, kind: CasualtyFinding['kind'], out: CasualtyFinding[]): void {
  re.lastIndex = 0;
  const caps = sentence === sentence.toUpperCase();
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const at = m.index + m[0].length - m[1].length;
    const first = sentence.charAt(at);
    if (!caps && first === first.toLowerCase()) continue;
    if (/\b(?:no one|nobody|not|never)\b[^.,;]*$/.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ kind, count: 1, span: [m.index, m.index + m[0].length], phrase: m[0].trim() });
    return;
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
      if (kind === 'killed' && KILLED_OR_WOUNDED.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      if (!specificVictim(lower, m, re)) continue;
      const finding: CasualtyFinding = { kind, count: 1, span: [m.index, m.index + m[0].length], phrase: m[0].trim() };
      if (kind === 'killed' && perpetratorVictim(lower, m, re)) finding.perpetrator = true;
      out.push(finding);
      return;
    }
  }
}

/** Attackers and members of armed groups, as the head of the noun phrase naming the dead. */
const PERPETRATOR = /^(?:guerrillas?|terrorists?|subversives?|rebels?|insurgents?|militants?|extremists?|jihadists?|gunm[ae]n|attackers?|assailants?|kidnappers?|abductors?|hijackers?|bombers?|robbers?|thieves|thief|criminals?|traffickers?|bandits?|gangsters?|hitm[ae]n|snipers?|enemy|enemies|perpetrators?|raiders?|infiltrators?)$/;

/** "Inflicted the following casualties on the enemy: 784 dead": every death in the sentence is theirs. */
const INFLICTED_ON_PERPETRATORS = /\b(?:inflicted|caused)\b[^.;]{0,60}?\bon (?:the )?(?:[a-z-]+ )?(?:guerrillas?|terrorists?|rebels?|insurgents?|militants?|subversives?|enemy|enemies)\b/;

/** The words of the noun phrase opening `text` ("six kidnappers, who …" → six, kidnappers). */
function npWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.trim().split(/\s+/).slice(0, 6)) {
    const bare = w.replace(/[^a-z0-9'’-]/g, '');
    if (!bare || NP_END.test(bare)) break;
    out.push(bare);
    if (/[,;:)"”]$/.test(w)) break;
  }
  return out;
}

/** A noun phrase headed by a perpetrator noun: "kidnappers", "the enemy", "guerrilla members". */
function isPerpetrator(words: string[]): boolean {
  const head = words[words.length - 1] ?? '';
  if (PERPETRATOR.test(head)) return true;
  const modifier = words[words.length - 2] ?? '';
  return /^members?$/.test(head) && (/^(?:gang|cartel|militia)$/.test(modifier) || PERPETRATOR.test(`${modifier.replace(/s$/, '')}s`));
}

/** An unnumbered death whose subject ("the gunman was killed") or object ("killed a rebel") is a perpetrator. */
function perpetratorVictim(lower: string, m: RegExpExecArray, re: RegExp): boolean {
  if (re === KILLED_SOMEONE) return isPerpetrator(m[0].split(/\s+/).slice(-2));
  // "The guerrillas killed in the clash": the noun before the participle.
  if (re === PARTICIPLE_KILLED) return isPerpetrator(m[0].split(/\s+/).slice(-4, -2));
  if (re !== NAMED_KILLED && re !== DIED) return false;
  const before = lower.slice(Math.max(0, m.index - 40), m.index).replace(/(?:\b(?:also|reportedly|allegedly|later|subsequently|then|all|both|who|that|today|yesterday)\s+)+$/, '');
  if (isPerpetrator(before.trim().split(/\s+/).slice(-2))) return true;
  // The subject opens the clause: "six guerrillas of a still unidentified group died today",
  // "a terrorist working for the gang was killed".
  const clause = lower.slice(Math.max(0, m.index - 160), m.index).split(/[,;:()"]|\b(?:that|when|where|while|after|as)\s/).pop() ?? '';
  const subject: string[] = [];
  for (const w of clause.trim().split(/\s+/)) {
    if (!w || w === 'of' || NP_END.test(w) || /ing$/.test(w)) break;
    subject.push(w);
  }
  return subject.length > 0 && isPerpetrator(subject);
}

/** Words before a gerund that make the killing an aim or a risk, not an act: "aimed at killing", "the mission of murdering". */
const INTENT_BEFORE_GERUND = /\b(?:aimed at|aim of|mission of|intention of|intent on|purpose of|goal of|plans? of|idea of|capable of|instead of|risk of|danger of|threat of|from|without|stop|avoid|tried|trying|try|attempt(?:ed|ing)? at)\s+$/;

/** Words that open a noun phrase about particular people ("the murder of the mayor", "of two priests"). */
const SPECIFIC_OPENER = new RegExp(`^(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|former|late|${NUMBER_PATTERN.slice(3, -1)})$`);
/** Quantifiers that make a plural vaguer, not more particular ("the murder of several officials"). */
const VAGUE_QUANTIFIER = /^(?:several|many|so|too|some|various|numerous|countless|dozens|hundreds|thousands|scores|other|more)$/;
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
  // "Members are being murdered by officials", "civilians are being killed there": a passive verb has no object.
  if (re === KILLED_SOMEONE && (/\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$/.test(lower.slice(Math.max(0, m.index - 20), m.index)) || /^\S+\s+(?:by|there|and|or)\b/.test(m[0]))) return false;
  // "The mission of assassinating the president", "aimed at murdering the judge": an intention, not a death.
  if (re === KILLED_SOMEONE && /^\S+ing\b/.test(m[0]) && INTENT_BEFORE_GERUND.test(lower.slice(Math.max(0, m.index - 30), m.index))) return false;
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
  return /^(?:people|children|personnel|police|youth)$/.test(w) || /men$/.test(w) || (/[^su']s$/.test(w) && w.length > 3 && commonEnglishWords().has(w));
}
