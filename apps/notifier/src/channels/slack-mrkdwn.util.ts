/**
 * Slack mrkdwn escaping (api.slack.com/reference/surfaces/formatting#escaping): `&`, `<` and `>`
 * become entities, so article text cannot open a link or a mention such as `<!channel>`; a bare
 * `@channel`/`@here`/`@everyone` gets a zero-width space after the `@`, so no client turns it
 * into a notification even where mentions are parsed.
 */
export function slackEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200b$1');
}

/** `<url|label>`: the URL with `&`, `<`, `>` escaped and `|` percent-encoded, the label escaped. */
export function slackLink(url: string, label: string): string {
  const href = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${href}|${slackEscape(label)}>`;
}
