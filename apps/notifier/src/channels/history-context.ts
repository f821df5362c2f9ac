import { escapeHtml, oneLine, RenderedEmail } from '@sitrep/rules';

/**
 * The alert email with where its incident stands ("3rd level ≥ 3 incident in Al Anbar (IQ) in
 * 7 days (previous 4 weeks: 0.5 a week)") as its first line, when the context stage found it.
 */
export function withHistoryContext(email: RenderedEmail, context: unknown): RenderedEmail {
  if (typeof context !== 'string' || !context) return email;
  const line = oneLine(context);
  const html = email.html.replace(/<body([^>]*)>/, (m) => `${m}\n<p class="context"><b>${escapeHtml(line)}</b></p>`);
  return { subject: email.subject, text: `${line}\n\n${email.text}`, html };
}
