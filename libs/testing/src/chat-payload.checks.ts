/**
 * Checks of Slack and Teams webhook bodies against what their docs state, written apart from
 * the builders (these read the JSON as the receiver would): each returns the list of violations.
 *
 * Slack (api.slack.com/reference/block-kit/blocks, …/composition-objects, …/surfaces/formatting):
 * at most 50 blocks; section text 1–3,000 characters, at most 10 fields of ≤ 2,000; context 1–10
 * elements; button text ≤ 75, url ≤ 3,000; `text` present (the notification fallback); in mrkdwn
 * `&`, `<`, `>` only as `&amp;` `&lt;` `&gt;` or our own `<http(s)://…|label>` links, so no
 * `<!channel>`, `<@U…>` or `<#C…>` can come from article text.
 * Teams (learn.microsoft.com incoming webhooks / Workflows; adaptivecards.io): `{ type: "message",
 * attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content }] }`, content
 * an AdaptiveCard of version 1.0–1.5 with `$schema` and a `body`, the whole message ≤ 28 KB.
 */
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const SLACK_LINK = /^<https?:\/\/[^\s|<>]+\|[^<>]*>/;
const ENTITY = /^&(amp|lt|gt);/;

/** Violations of Slack's escaping in one mrkdwn string. */
export function slackMrkdwnViolations(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      const m = SLACK_LINK.exec(text.slice(i));
      if (!m) out.push(`raw "<" at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
      else i += m[0].length - 1;
    } else if (c === '>') out.push(`raw ">" at ${i}`);
    else if (c === '&' && !ENTITY.test(text.slice(i))) out.push(`raw "&" at ${i}`);
  }
  if (/@(channel|here|everyone)\b/i.test(text)) out.push('bare @channel/@here/@everyone');
  return out;
}

function textObject(t: unknown, where: string, max: number, out: string[]): void {
  if (!isObj(t) || (t.type !== 'mrkdwn' && t.type !== 'plain_text') || typeof t.text !== 'string') {
    out.push(`${where}: not a text object`);
    return;
  }
  if (t.text.length < 1 || t.text.length > max) out.push(`${where}: text length ${t.text.length} not in 1..${max}`);
  if (t.type === 'mrkdwn') out.push(...slackMrkdwnViolations(t.text).map((v) => `${where}: ${v}`));
}

export function slackMessageViolations(body: unknown): string[] {
  const out: string[] = [];
  if (!isObj(body)) return ['body is not an object'];
  if (typeof body.text !== 'string' || !body.text) out.push('text (fallback) missing');
  else {
    if (body.text.length > 4000) out.push(`text length ${body.text.length} > 4000`);
    out.push(...slackMrkdwnViolations(body.text).map((v) => `text: ${v}`));
  }
  if (!Array.isArray(body.blocks)) return [...out, 'blocks missing'];
  if (body.blocks.length < 1 || body.blocks.length > 50) out.push(`${body.blocks.length} blocks, not 1..50`);
  body.blocks.forEach((b: unknown, n) => {
    const where = `blocks[${n}]`;
    if (!isObj(b)) return void out.push(`${where}: not an object`);
    switch (b.type) {
      case 'section':
        if (b.text === undefined && b.fields === undefined) out.push(`${where}: section without text or fields`);
        if (b.text !== undefined) textObject(b.text, `${where}.text`, 3000, out);
        if (b.fields !== undefined) {
          if (!Array.isArray(b.fields) || b.fields.length < 1 || b.fields.length > 10) out.push(`${where}.fields: not 1..10`);
          else b.fields.forEach((f: unknown, k) => textObject(f, `${where}.fields[${k}]`, 2000, out));
        }
        break;
      case 'context':
        if (!Array.isArray(b.elements) || b.elements.length < 1 || b.elements.length > 10) out.push(`${where}.elements: not 1..10`);
        else b.elements.forEach((e: unknown, k) => textObject(e, `${where}.elements[${k}]`, 3000, out));
        break;
      case 'header':
        textObject(b.text, `${where}.text`, 150, out);
        break;
      case 'divider':
        break;
      case 'actions':
        if (!Array.isArray(b.elements) || b.elements.length < 1 || b.elements.length > 25) out.push(`${where}.elements: not 1..25`);
        else b.elements.forEach((e: unknown, k) => {
          if (!isObj(e) || e.type !== 'button') return void out.push(`${where}.elements[${k}]: not a button`);
          textObject(e.text, `${where}.elements[${k}].text`, 75, out);
          if (typeof e.url !== 'string' || e.url.length > 3000 || !/^https?:\/\//.test(e.url)) out.push(`${where}.elements[${k}].url: bad`);
        });
        break;
      default:
        out.push(`${where}: unexpected block type ${String(b.type)}`);
    }
  });
  return out;
}

export const TEAMS_MAX_BYTES = 28 * 1024;

/** Every string at `key` anywhere in `value`. */
export function stringsAt(value: unknown, key: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => stringsAt(v, key));
  if (!isObj(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === key && typeof v === 'string' ? [v] : stringsAt(v, key)));
}

export function teamsMessageViolations(rawBody: string): string[] {
  const out: string[] = [];
  const bytes = Buffer.byteLength(rawBody);
  if (bytes > TEAMS_MAX_BYTES) out.push(`message is ${bytes} bytes > 28 KB`);
  const body: unknown = JSON.parse(rawBody);
  if (!isObj(body) || body.type !== 'message') return [...out, 'type is not "message"'];
  if (!Array.isArray(body.attachments) || body.attachments.length !== 1) return [...out, 'not exactly one attachment'];
  const [att] = body.attachments as unknown[];
  if (!isObj(att) || att.contentType !== 'application/vnd.microsoft.card.adaptive') return [...out, 'attachment is not an Adaptive Card'];
  const card = att.content;
  if (!isObj(card) || card.type !== 'AdaptiveCard') return [...out, 'content.type is not AdaptiveCard'];
  if (typeof card.$schema !== 'string' || !card.$schema.includes('adaptivecards.io/schemas/adaptive-card.json')) out.push('$schema missing');
  if (!['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'].includes(String(card.version))) out.push(`version ${String(card.version)} not 1.0–1.5`);
  if (!Array.isArray(card.body) || !card.body.length) out.push('body empty');
  const known = new Set(['TextBlock', 'RichTextBlock', 'TextRun', 'Container', 'ColumnSet', 'Column', 'FactSet', 'Action.OpenUrl']);
  const walk = (v: unknown, where: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${where}[${i}]`));
    if (!isObj(v)) return;
    if (typeof v.type === 'string' && v !== card && !known.has(v.type)) out.push(`${where}: unknown element ${v.type}`);
    if (v.type === 'RichTextBlock' && (!Array.isArray(v.inlines) || !v.inlines.length)) out.push(`${where}: RichTextBlock without inlines`);
    if ((v.type === 'TextRun' || v.type === 'TextBlock') && (typeof v.text !== 'string' || !v.text)) out.push(`${where}: ${v.type} without text`);
    if (v.type === 'Action.OpenUrl' && (typeof v.url !== 'string' || !/^https?:\/\//.test(v.url))) out.push(`${where}: OpenUrl without an http(s) url`);
    for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
  };
  walk(card.body, 'body');
  walk(card.actions, 'actions');
  return out;
}
