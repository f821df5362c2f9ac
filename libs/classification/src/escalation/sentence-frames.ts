import { TokenizedText } from '../text/tokenizer';
import { wordFlag, wordFlags } from './word-flags';

/**
 * Sentence-level readings that change what the event words in it mean:
 * - "weapons found": "explosive devices were discovered" is a disrupted attack, not an explosion;
 * - "verbal": "X accused the army of killing civilians" reports an accusation, not a killing;
 * - "protest": "clashes" between police and protesters are a riot, not a battle.
 */
export interface SentenceFrame {
  weaponsFound: boolean;
  verbal: boolean;
  protest: boolean;
  /** Protesters turning violent: a riot in ACLED's terms. */
  protestViolence: boolean;
  /** "Turkish forces set up a new observation post": a base established. */
  baseEstablished: boolean;
  /** Someone was killed or wounded: "freed the hostages in a raid that killed five" is a raid. */
  bloodshed: boolean;
}

const DISCOVERY = new Set(['destroyed', 'destroy', 'identified', 'stash', 'display', 'displayed', 'neutralized', 'neutralised', 'disarmed', 'deactivated', 'dismantle', 'found', 'discovered', 'discover', 'recovered', 'recover', 'seized', 'seize', 'confiscated', 'defused', 'defuse', 'defusing', 'dismantled', 'intercepted', 'unearthed', 'uncovered', 'captured', 'cache', 'caches', 'haul', 'stockpile', 'depot', 'surrendered', 'handed']);
const WEAPON_OBJECTS = new Set(['weapons', 'weapon', 'guns', 'gun', 'pistols', 'pistol', 'rifles', 'rifle', 'ammunition', 'ammunitions', 'bullets', 'rounds', 'explosives', 'explosive', 'devices', 'device', 'ied', 'ieds', 'bomb', 'bombs', 'grenades', 'mines', 'landmines', 'arms', 'kalashnikovs', 'dynamite', 'detonators', 'cartridges', 'mortars', 'rockets', 'launchers', 'materiel', 'munitions', 'packages', 'package']);
/**
 * Weapons that went off, or were hit from the air or by artillery: "jets destroyed a weapons depot"
 * is an air strike in ACLED's codebook, not weapons found and destroyed by troops on the ground.
 */
const DETONATION = new Set(['exploded', 'explodes', 'detonated', 'blast', 'blasts', 'killed', 'killing', 'wounded', 'injured', 'dead', 'died', 'struck', 'hit', 'fired', 'attack', 'attacked', 'went', 'airstrike', 'airstrikes', 'warplanes', 'warplane', 'jets', 'bombed', 'shelled', 'shelling', 'bombarded', 'bombardment']);
const VERBAL = new Set(['accused', 'accuses', 'accuse', 'accusing', 'condemned', 'condemns', 'condemn', 'denied', 'denies', 'deny', 'rejected', 'rejects', 'reject', 'blamed', 'blames', 'blame', 'criticized', 'criticised', 'criticizes', 'warned', 'warns', 'warn', 'threatened', 'threatens', 'threaten', 'demanded', 'demands', 'urged', 'urges', 'vowed', 'vows', 'vetoed', 'vetoes', 'alleged', 'alleges', 'investigate', 'investigating', 'investigation', 'probe', 'denounced', 'denounces', 'called', 'calls', 'refused', 'refuses', 'appealed', 'protested', 'complained', 'slammed', 'dismissed', 'questioned', 'deadline', 'ultimatum', 'expressed', 'condolences', 'concern', 'concerns', 'concerned', 'alarmed', 'investigate', 'investigators', 'experts', 'report', 'refuted', 'condolence', 'mourned', 'mourns', 'commemorate', 'commemorated', 'anniversary', 'memorial', 'claimed', 'responsibility', 'respects', 'ceremony']);
const PROTEST = new Set(['protesters', 'protestors', 'protester', 'demonstrators', 'demonstrator', 'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'marchers', 'crowd', 'crowds', 'rioters', 'mob', 'students']);
const PROTEST_VIOLENCE = new Set(['violence', 'violent', 'violently', 'scuffles', 'scuffle', 'scuffled', 'thrown', 'throwing', 'threw', 'throw', 'hurled', 'hurling', 'fires', 'ablaze', 'fireworks', 'confronted', 'clashed', 'clash', 'clashes', 'projectiles', 'stones', 'rocks', 'bottles', 'torched', 'smashed', 'vandalised', 'vandalized', 'looted', 'burned', 'burnt', 'rampage', 'riot', 'rioting', 'rioters', 'chaos', 'mayhem', 'attacked', 'stormed']);
const BASE_VERBS = new Set(['established', 'establish', 'establishing', 'set', 'setting', 'built', 'building', 'erected', 'installed', 'constructed', 'constructing', 'opened', 'deployed']);
const BASE_NOUNS = new Set(['post', 'posts', 'base', 'bases', 'barracks', 'outpost', 'outposts', 'observation', 'points', 'headquarters', 'camp', 'camps', 'checkpoint', 'checkpoints', 'garrison', 'office', 'offices', 'airstrip', 'airbase']);
const VIOLENT_WORDS = new Set(['attack', 'attacks', 'attacked', 'killed', 'killing', 'slaughter', 'massacre', 'bombing', 'strike', 'strikes', 'shelling', 'shooting', 'missiles', 'missile', 'rockets', 'kidnapping', 'abduction', 'rape', 'violence', 'torture', 'executions', 'assault',
  // The act reported first, the accusation after: "mob lynches man accused of blasphemy".
  'lynched', 'lynches', 'lynching', 'massacred', 'murdered', 'kidnapped', 'abducted', 'beheaded', 'executed', 'stabbed', 'bombed', 'shelled',
  // Explosions, shelling and fighting words of the type cues: "an explosive, emplaced by militants,
  // detonated at the house of a man accused of …" reports the blast before the accusation.
  'exploded', 'explosion', 'explosions', 'blast', 'blasts', 'detonated', 'explosive', 'bomb', 'bombs', 'shells', 'artillery', 'mortar', 'mortars', 'rocket', 'rockets', 'airstrike', 'airstrikes', 'clashes', 'clashed', 'fighting', 'ambushed', 'ambush', 'gunfire']);

const BLOODSHED = ['killed', 'killing', 'dead', 'died', 'wounded', 'wounding', 'injured', 'injuring'];
/** "Riot police", "riot gear": a police unit, not protesters rioting. */
const RIOT_UNIT = new Set(['police', 'policemen', 'officers', 'squad', 'squads', 'gear', 'shields', 'control', 'units', 'troops']);

/** One bit per word list above, in the document's word flags: one lookup per token for all of them. */
const F_DISCOVERY = wordFlag(DISCOVERY), F_WEAPON = wordFlag(WEAPON_OBJECTS), F_DETONATION = wordFlag(DETONATION), F_PROTEST = wordFlag(PROTEST);
const F_VERBAL = wordFlag(VERBAL), F_VIOLENT = wordFlag(VIOLENT_WORDS), F_PROTEST_VIOLENCE = wordFlag(PROTEST_VIOLENCE), F_BASE_VERB = wordFlag(BASE_VERBS);
const F_BASE_NOUN = wordFlag(BASE_NOUNS), F_KILLING = wordFlag(['killed', 'attack', 'attacked', 'clashes', 'shelling']), F_BLOODSHED = wordFlag(BLOODSHED);
const FRAME_BITS = F_DISCOVERY | F_WEAPON | F_DETONATION | F_PROTEST | F_VERBAL | F_VIOLENT | F_PROTEST_VIOLENCE | F_BASE_VERB | F_BASE_NOUN | F_KILLING | F_BLOODSHED;

export function sentenceFrames(doc: TokenizedText): SentenceFrame[] {
  const frames: SentenceFrame[] = [];
  const flags = wordFlags(doc);
  for (const s of doc.sentences) {
    let seen = 0;
    let firstVerbal = -1, firstViolent = -1;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const f = flags[i] & FRAME_BITS;
      if (f === 0) continue;
      if (f & F_PROTEST_VIOLENCE && doc.norms[i] === 'riot' && i + 1 < s.endToken && RIOT_UNIT.has(doc.norms[i + 1])) continue;
      seen |= f;
      if (firstVerbal < 0 && f & F_VERBAL) firstVerbal = i;
      if (firstViolent < 0 && f & F_VIOLENT) firstViolent = i;
    }
    const protest = (seen & F_PROTEST) !== 0;
    frames.push({
      weaponsFound: (seen & F_DISCOVERY) !== 0 && (seen & F_WEAPON) !== 0 && (seen & F_DETONATION) === 0,
      verbal: firstVerbal >= 0 && (firstViolent < 0 || firstVerbal < firstViolent),
      protest,
      protestViolence: protest && (seen & F_PROTEST_VIOLENCE) !== 0,
      baseEstablished: (seen & F_BASE_VERB) !== 0 && (seen & F_BASE_NOUN) !== 0 && (seen & F_KILLING) === 0,
      bloodshed: (seen & F_BLOODSHED) !== 0,
    });
  }
  return frames;
}
