import { TokenizedText } from '../text/tokenizer';

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
}

const DISCOVERY = new Set(['destroyed', 'destroy', 'identified', 'stash', 'display', 'displayed', 'neutralized', 'neutralised', 'disarmed', 'deactivated', 'dismantle', 'found', 'discovered', 'discover', 'recovered', 'recover', 'seized', 'seize', 'confiscated', 'defused', 'defuse', 'defusing', 'dismantled', 'intercepted', 'unearthed', 'uncovered', 'captured', 'cache', 'caches', 'haul', 'stockpile', 'depot', 'surrendered', 'handed']);
const WEAPON_OBJECTS = new Set(['weapons', 'weapon', 'guns', 'gun', 'pistols', 'pistol', 'rifles', 'rifle', 'ammunition', 'ammunitions', 'bullets', 'rounds', 'explosives', 'explosive', 'devices', 'device', 'ied', 'ieds', 'bomb', 'bombs', 'grenades', 'mines', 'landmines', 'arms', 'kalashnikovs', 'dynamite', 'detonators', 'cartridges', 'mortars', 'rockets', 'launchers', 'materiel', 'munitions', 'packages', 'package']);
const DETONATION = new Set(['exploded', 'explodes', 'detonated', 'blast', 'blasts', 'killed', 'killing', 'wounded', 'injured', 'dead', 'died', 'struck', 'hit', 'fired', 'attack', 'attacked', 'went']);
const VERBAL = new Set(['accused', 'accuses', 'accuse', 'accusing', 'condemned', 'condemns', 'condemn', 'denied', 'denies', 'deny', 'rejected', 'rejects', 'reject', 'blamed', 'blames', 'blame', 'criticized', 'criticised', 'criticizes', 'warned', 'warns', 'warn', 'threatened', 'threatens', 'threaten', 'demanded', 'demands', 'urged', 'urges', 'vowed', 'vows', 'vetoed', 'vetoes', 'alleged', 'alleges', 'investigate', 'investigating', 'investigation', 'probe', 'denounced', 'denounces', 'called', 'calls', 'refused', 'refuses', 'appealed', 'protested', 'complained', 'slammed', 'dismissed', 'questioned', 'deadline', 'ultimatum', 'expressed', 'condolences', 'concern', 'concerns', 'investigate', 'investigators', 'experts', 'report', 'refuted', 'condolence', 'mourned', 'mourns', 'commemorate', 'commemorated', 'anniversary', 'memorial']);
const PROTEST = new Set(['protesters', 'protestors', 'protester', 'demonstrators', 'demonstrator', 'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'marchers', 'crowd', 'crowds', 'rioters', 'mob', 'students']);
const PROTEST_VIOLENCE = new Set(['violence', 'violent', 'violently', 'scuffles', 'scuffle', 'scuffled', 'thrown', 'throwing', 'threw', 'throw', 'hurled', 'hurling', 'fires', 'ablaze', 'fireworks', 'confronted', 'clashed', 'clash', 'clashes', 'projectiles', 'stones', 'rocks', 'bottles', 'torched', 'smashed', 'vandalised', 'vandalized', 'looted', 'burned', 'burnt', 'rampage', 'riot', 'rioting', 'rioters', 'chaos', 'mayhem', 'attacked', 'stormed']);
const BASE_VERBS = new Set(['established', 'establish', 'establishing', 'set', 'setting', 'built', 'building', 'erected', 'installed', 'constructed', 'constructing', 'opened', 'deployed']);
const BASE_NOUNS = new Set(['post', 'posts', 'base', 'bases', 'barracks', 'outpost', 'outposts', 'observation', 'points', 'headquarters', 'camp', 'camps', 'checkpoint', 'checkpoints', 'garrison', 'office', 'offices', 'airstrip', 'airbase']);
const VIOLENT_WORDS = new Set(['attack', 'attacks', 'attacked', 'killed', 'killing', 'slaughter', 'massacre', 'bombing', 'strike', 'strikes', 'shelling', 'shooting', 'missiles', 'missile', 'rockets', 'kidnapping', 'abduction', 'rape', 'violence', 'torture', 'executions', 'assault']);

export function sentenceFrames(doc: TokenizedText): SentenceFrame[] {
  const frames: SentenceFrame[] = [];
  for (const s of doc.sentences) {
    let discovery = false, weaponObject = false, detonation = false, protest = false, protestViolence = false, baseVerb = false, baseNoun = false, killing = false;
    let firstVerbal = -1, firstViolent = -1;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const n = doc.tokens[i].norm;
      if (DISCOVERY.has(n)) discovery = true;
      if (WEAPON_OBJECTS.has(n)) weaponObject = true;
      if (DETONATION.has(n)) detonation = true;
      if (PROTEST.has(n)) protest = true;
      if (PROTEST_VIOLENCE.has(n)) protestViolence = true;
      if (BASE_VERBS.has(n)) baseVerb = true;
      if (BASE_NOUNS.has(n)) baseNoun = true;
      if (n === 'killed' || n === 'attack' || n === 'attacked' || n === 'clashes' || n === 'shelling') killing = true;
      if (firstVerbal < 0 && VERBAL.has(n)) firstVerbal = i;
      if (firstViolent < 0 && VIOLENT_WORDS.has(n)) firstViolent = i;
    }
    frames.push({
      weaponsFound: discovery && weaponObject && !detonation,
      verbal: firstVerbal >= 0 && (firstViolent < 0 || firstVerbal < firstViolent),
      protest,
      protestViolence: protest && protestViolence,
      baseEstablished: baseVerb && baseNoun && !killing,
    });
  }
  return frames;
}
