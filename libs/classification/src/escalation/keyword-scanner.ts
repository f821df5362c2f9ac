/**
 * Which groups of lower-case keywords occur anywhere in a text (inside words too: "skilled" holds
 * "kill"), ASCII letters folded to lower case, in one pass over its characters (an Aho–Corasick
 * automaton). A regular expression alternating 25 keywords tries each at every position; on the
 * bench's sentences this pass took half its time.
 */
export interface KeywordScanner<G extends string> {
  /**
   * The bits of the groups with a keyword in `text`, or null when the text holds a non-ASCII
   * character (String.prototype.toLowerCase may fold one to ASCII: the Kelvin sign is a "k").
   */
  scan(text: string): number | null;
  /** The bit of a group. */
  bit(group: G): number;
}

const LETTERS = 26;
/** Symbol of every character that is not a letter. */
const OTHER = LETTERS;
const SYMBOLS = LETTERS + 1;

export function keywordScanner<G extends string>(groups: Record<G, readonly string[]>): KeywordScanner<G> {
  const names = Object.keys(groups) as G[];
  if (names.length > 31) throw new Error('keywordScanner: at most 31 groups');
  // The trie: goto[state * SYMBOLS + symbol], -1 where there is no edge.
  const goto: number[] = new Array(SYMBOLS).fill(-1);
  const output: number[] = [0];
  names.forEach((name, g) => {
    for (const word of groups[name]) {
      if (!/^[a-z]+$/.test(word)) throw new Error(`keywordScanner: not a lower-case word: ${word}`);
      let state = 0;
      for (const ch of word) {
        const at = state * SYMBOLS + ch.charCodeAt(0) - 97;
        if (goto[at] === -1) {
          goto[at] = output.length;
          output.push(0);
          goto.push(...new Array(SYMBOLS).fill(-1));
        }
        state = goto[at];
      }
      output[state] |= 1 << g;
    }
  });
  // Breadth first, a missing edge becomes the edge of the state's longest proper suffix in the
  // trie, and a state also outputs what that suffix outputs.
  const next = new Array<number>(goto.length).fill(0);
  const fail = new Array<number>(output.length).fill(0);
  const queue: number[] = [];
  for (let s = 0; s < SYMBOLS; s++) {
    if (goto[s] === -1) continue;
    next[s] = goto[s];
    queue.push(goto[s]);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    output[state] |= output[fail[state]];
    for (let s = 0; s < SYMBOLS; s++) {
      const to = goto[state * SYMBOLS + s];
      const viaFail = next[fail[state] * SYMBOLS + s];
      if (to === -1) next[state * SYMBOLS + s] = viaFail;
      else {
        next[state * SYMBOLS + s] = to;
        fail[to] = viaFail;
        queue.push(to);
      }
    }
  }
  // The scan's tables, by state and ASCII character: the next state's row (state * 128) and what
  // it outputs. A row per state, not a symbol lookup first, measured a third faster.
  const rows = new Int32Array(output.length * 128);
  const outputs = new Int32Array(output.length * 128);
  for (let state = 0; state < output.length; state++) {
    for (let c = 0; c < 128; c++) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      const to = next[state * SYMBOLS + (lower >= 97 && lower <= 122 ? lower - 97 : OTHER)];
      rows[state * 128 + c] = to * 128;
      outputs[state * 128 + c] = output[to];
    }
  }

  return {
    scan(text: string): number | null {
      let row = 0;
      let found = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 127) return null;
        found |= outputs[row + c];
        row = rows[row + c];
      }
      return found;
    },
    bit(group: G): number {
      return 1 << names.indexOf(group);
    },
  };
}
