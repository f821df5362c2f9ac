/** Characters of the body that travel past the classifier (issue 17): the lead, for people. */
export const LEAD_MAX = 400;

/**
 * The first sentences of a body, up to LEAD_MAX characters, cut at a sentence end when there is
 * one past the first 80 characters, else at a word; what the classified event carries instead of
 * the whole body once the correlation features are computed. Nothing downstream of the
 * correlator reads the body (incidents carry titles and the summary); the lead is for logs and
 * replays.
 */
export function leadOf(body: string, max = LEAD_MAX): string {
  const text = body.trim();
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (stop >= 80) return head.slice(0, stop + 1);
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > 0 ? space : max)}…`;
}
