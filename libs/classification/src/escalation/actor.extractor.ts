import { GeoMention } from '../geo/geo-mention';
import { nameKeys } from '../text/fold';
import { TokenizedText } from '../text/tokenizer';
import { ACTOR_HEAD_WORDS, ARMED_GROUPS, GENERIC_ACTORS, OFFICIAL_TITLES } from './actors.data';
import { spacesOrHyphens } from '../text/gap';
import { wordFlag, wordFlags } from './word-flags';

const FORCE_WORDS = new Set(['forces', 'force', 'troops', 'soldiers', 'military', 'army', 'navy', 'police', 'officials', 'personnel', 'government', 'authorities', 'marines', 'warplanes', 'jets', 'drones', 'coalition', 'militia', 'militias', 'security', 'special', 'air', 'armed', 'intelligence', 'border', 'guards', 'diplomats', 'embassy']);
/** Per-token bits (word-flags.ts): a head word, a title, the first word of a group's or a generic actor's name. */
const F_HEAD = wordFlag(ACTOR_HEAD_WORDS);
const F_TITLE = wordFlag(OFFICIAL_TITLES);
const F_GROUP_START = wordFlag(ARMED_GROUPS.flatMap((g) => nameKeys(g).map((key) => key.split(' ')[0])));
const F_GENERIC_START = wordFlag(GENERIC_ACTORS.flatMap((g) => nameKeys(g).map((key) => key.split(' ')[0])));
const MAX_ACTORS = 12;

/** Finds named armed groups, state forces ("US forces"), officials and unnamed actors. */
export class ActorExtractor {
  private readonly groups = new Map<string, string>();
  /** First word of each group name → the longest name starting with it, so most tokens cost one lookup. */
  private readonly groupStarts = new Map<string, number>();
  private readonly generic = new Map<string, string>();

  constructor() {
    for (const g of ARMED_GROUPS) {
      for (const key of nameKeys(g)) {
        this.groups.set(key, g);
        const words = key.split(' ');
        this.groupStarts.set(words[0], Math.max(this.groupStarts.get(words[0]) ?? 0, words.length));
      }
    }
    for (const g of GENERIC_ACTORS) {
      for (const key of nameKeys(g)) this.generic.set(key, g);
    }
  }

  extract(doc: TokenizedText, mentions: readonly GeoMention[], background: ReadonlySet<number>): string[] {
    const { tokens, text } = doc;
    // Read per token below: an array index instead of a Set lookup each time.
    const inBackground = doc.sentences.map((_, s) => background.has(s));
    const flags = wordFlags(doc);
    const found: string[] = [];
    const seen = new Set<string>();
    const add = (name: string): void => {
      const k = name.toLowerCase();
      if (!seen.has(k) && found.length < MAX_ACTORS) { seen.add(k); found.push(name); }
    };
    // Named groups first: they are what analysts look for.
    for (let i = 0; i < tokens.length; i++) {
      if (inBackground[tokens[i].sentence]) continue;
      let key = '';
      let hit: string | null = null;
      let hitEnd = i;
      const maxN = flags[i] & F_GROUP_START ? this.groupStarts.get(tokens[i].norm) ?? 0 : 0;
      for (let n = 0; n < maxN && i + n < tokens.length; n++) {
        key = n === 0 ? tokens[i].norm : `${key} ${tokens[i + n].norm}`;
        const g = this.groups.get(key);
        if (g) { hit = g; hitEnd = i + n; }
      }
      if (hit) {
        // Take the longest capitalised run around the known name ("Islamic Resistance in Iraq").
        add(hit);
        i = hitEnd;
        continue;
      }
      if (tokens[i].cap && !doc.allCaps) {
        // "Farabundo Marti National Liberation Front": a capitalised run ending in a head word.
        let j = i;
        while (j + 1 < tokens.length && tokens[j + 1].sentence === tokens[i].sentence && (tokens[j + 1].cap || tokens[j + 1].norm === 'of' || tokens[j + 1].norm === 'in' || tokens[j + 1].norm === 'for')
          && spacesOrHyphens(text, tokens[j].end, tokens[j + 1].start) && j - i < 7) j++;
        while (j > i && !tokens[j].cap) j--;
        if (j > i && flags[j] & F_HEAD && !(flags[i] & F_TITLE)) {
          add(text.slice(tokens[i].start, tokens[j].end));
          i = j;
          continue;
        }
        if (flags[i] & F_TITLE && j > i) add(text.slice(tokens[i].start, tokens[j].end));
        // No actor in this capitalised run: skip it whole rather than re-scan its tail, unless a
        // known group's name starts inside it ("The Islamic Resistance in Iraq").
        let k = i + 1;
        while (k <= j && !(flags[k] & F_GROUP_START)) k++;
        i = k - 1;
      }
    }
    // State forces and governments named by place: "US forces", "Washington said".
    for (const m of mentions) {
      if (m.role === 'literal' || m.background) continue;
      const end = m.span[1];
      const after = text.slice(end, end + 40).match(/^\s+((?:(?:security|armed|special|military|government|army|border|coalition|air|naval|ground|federal|state|national)\s+){0,2})(forces|troops|soldiers|military|army|navy|police|officials|personnel|government|authorities|marines|warplanes|jets|drones|coalition|militia|militias)\b/i);
      if (after) add(`${m.name} ${after[1]}${after[2]}`.replace(/\s+/g, ' '));
      else if (m.role === 'actor') add(m.name);
    }
    // Unnamed actors, in order of appearance.
    for (let i = 0; i < tokens.length && found.length < MAX_ACTORS; i++) {
      if (!(flags[i] & F_GENERIC_START) || inBackground[tokens[i].sentence]) continue;
      const two = i + 1 < tokens.length ? this.generic.get(`${tokens[i].norm} ${tokens[i + 1].norm}`) : undefined;
      const g = two ?? this.generic.get(tokens[i].norm);
      if (g && !FORCE_WORDS.has(tokens[i - 1]?.norm ?? '')) add(g);
    }
    return found;
  }
}
