import escapeHtml from 'escape-html';

export { escapeHtml };

// C0/C1 controls, DEL, line/paragraph separators and bidi overrides: none belong in a header,
// and bidi overrides in article text can make a subject read differently from what it says.
const CONTROL_OR_SEPARATOR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
const CONTROL_KEEP_NEWLINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** One line: every control character and line break becomes a space, runs of space collapse. */
export function oneLine(text: string): string {
  return text.replace(CONTROL_OR_SEPARATOR, ' ').replace(/\s+/g, ' ').trim();
}

/** Text for a plain-text body: keeps \n and \t, drops every other control character. */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_KEEP_NEWLINES, ' ');
}

/** Cut to at most `max` code points, ending with "…" when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - 1)).join('').trimEnd() + '…';
}

/** The URL when it is absolute http(s), else null: a `javascript:` href survives HTML escaping. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
