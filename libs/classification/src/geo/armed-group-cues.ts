import { ARMED_GROUP_HOMES, ARMED_GROUP_PROVINCES, ARMED_GROUP_REACH, COMMUNITY_HOMES } from '../escalation/actors.data';
import { wordFlag, wordFlags } from '../escalation/word-flags';
import { tokenize, TokenizedText } from '../text/tokenizer';

/** A group's name as folded tokens, its country and the neighbours it strikes too. */
interface GroupName { norms: readonly string[]; country: string; reach: readonly string[]; provinces: readonly string[] }

/** ARMED_GROUP_HOMES and COMMUNITY_HOMES by the first token of the name: built once. */
let byFirst: ReadonlyMap<string, readonly GroupName[]> | null = null;

function groupsByFirstToken(): ReadonlyMap<string, readonly GroupName[]> {
  if (!byFirst) {
    const map = new Map<string, GroupName[]>();
    const add = (name: string, g: Omit<GroupName, 'norms'>): void => {
      const norms = tokenize(name).norms;
      const list = map.get(norms[0]) ?? [];
      list.push({ norms, ...g });
      map.set(norms[0], list);
    };
    for (const [name, country] of Object.entries(ARMED_GROUP_HOMES)) add(name, { country, reach: ARMED_GROUP_REACH[name] ?? [], provinces: ARMED_GROUP_PROVINCES[name] ?? [] });
    for (const [name, c] of Object.entries(COMMUNITY_HOMES)) add(name, { country: c.country, reach: [], provinces: c.provinces });
    byFirst = map;
  }
  return byFirst;
}

/** The first words of the names, as a word flag (word-flags.ts). */
const F_GROUP_FIRST = wordFlag(groupsByFirstToken().keys());

/**
 * One group named in the story: its country, the neighbours it strikes too, the provinces most of
 * its attacks fall in (ARMED_GROUP_PROVINCES; empty where not listed), and its tokens (first..last).
 */
export interface GroupCue { country: string; reach: readonly string[]; provinces: readonly string[]; first: number; last: number }

/**
 * The armed groups the story names that fight in one country only (ARMED_GROUP_HOMES: "ELN"
 * Colombia, "al-Shabaab" Somalia, "the Tatmadaw" Myanmar), in text order. Like a people named
 * ("Malian soldiers"), such a group counts once for its country's places but is no place itself:
 * "an ELN bomb near Tarazá" is the Colombian town, not Taraz in Kazakhstan. Names are matched
 * capitalised, as written. The communities of one country (COMMUNITY_HOMES: "Murle youth") are read
 * the same way.
 */
export function armedGroupCues(doc: TokenizedText): GroupCue[] {
  const groups = groupsByFirstToken();
  const { tokens, norms } = doc;
  const flags = wordFlags(doc);
  // Capitalised, or a number with a capital ("3R"): how a group's name is written.
  const written = (t: TokenizedText['tokens'][number] | undefined): boolean => t !== undefined && (t.cap || /^\d+\p{Lu}/u.test(doc.text.slice(t.start, t.end)));
  const out: GroupCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Only a name's first word has the flag, and every name has a capital in its first two words
    // ("al-Shabaab", "anti-Balaka"): most tokens are passed without a lookup.
    if ((flags[i] & F_GROUP_FIRST) === 0) continue;
    if (!written(tokens[i]) && !written(tokens[i + 1])) continue;
    const candidates = groups.get(norms[i]);
    if (!candidates) continue;
    for (const g of candidates) {
      let k = 0;
      while (k < g.norms.length && i + k < tokens.length && norms[i + k] === g.norms[k] && tokens[i + k].sentence === tokens[i].sentence) k++;
      // The name as written: its words capitalised, save a joined article ("al-Shabaab").
      if (k === g.norms.length && tokens.slice(i, i + k).some(written)) out.push({ country: g.country, reach: g.reach, provinces: g.provinces, first: i, last: i + k - 1 });
    }
  }
  return out;
}
