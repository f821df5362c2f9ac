import { ChatAlert, ChatDigest } from './chat-alert.model';

/**
 * Teams limits: a message (card and envelope) up to ~28 KB (learn.microsoft.com, "Create an
 * Incoming Webhook": "The size limit of a message is 28 KB"); Adaptive Card 1.4 renders in every
 * Teams client and in Workflows ("Post card in a chat or channel").
 */
export const TEAMS_LIMITS = { bytes: 28_000, cardVersion: '1.4' } as const;
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

type OpenUrl = { type: 'Action.OpenUrl'; title?: string; url: string };
/** TextRun text is not Markdown (unlike TextBlock and FactSet): article text is shown as written. */
type TextRun = { type: 'TextRun'; text: string; weight?: 'Bolder'; size?: 'Large' | 'Medium'; color?: string; isSubtle?: boolean; selectAction?: OpenUrl };
type Element =
  | { type: 'RichTextBlock'; inlines: TextRun[]; spacing?: 'Medium' | 'Small' }
  | { type: 'Container'; style?: string; items: Element[]; spacing?: 'Medium' };
export interface TeamsMessage {
  type: 'message';
  attachments: { contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; contentUrl: null; content: AdaptiveCard }[];
}
export interface AdaptiveCard {
  $schema: string;
  type: 'AdaptiveCard';
  version: string;
  body: Element[];
  actions?: OpenUrl[];
  msteams: { width: 'Full' };
}

const COLOR: Record<number, string> = { 1: 'Default', 2: 'Accent', 3: 'Warning', 4: 'Warning', 5: 'Attention' };
const STYLE: Record<number, string> = { 1: 'default', 2: 'accent', 3: 'warning', 4: 'warning', 5: 'attention' };

const run = (text: string, extra: Omit<TextRun, 'type' | 'text'> = {}): TextRun => ({ type: 'TextRun', text, ...extra });
const line = (inlines: TextRun[], spacing?: 'Medium'): Element => ({ type: 'RichTextBlock', inlines, ...(spacing ? { spacing } : {}) });
const link = (text: string, url: string | null, extra: Omit<TextRun, 'type' | 'text'> = {}): TextRun =>
  run(text, url ? { ...extra, selectAction: { type: 'Action.OpenUrl', url } } : extra);

function envelope(body: Element[], openUrl: string | null): TeamsMessage {
  const content: AdaptiveCard = {
    $schema: ADAPTIVE_CARD_SCHEMA,
    type: 'AdaptiveCard',
    version: TEAMS_LIMITS.cardVersion,
    body,
    ...(openUrl ? { actions: [{ type: 'Action.OpenUrl' as const, title: 'Open in Sitrep', url: openUrl }] } : {}),
    msteams: { width: 'Full' },
  };
  return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content }] };
}

export const teamsBytes = (m: TeamsMessage) => Buffer.byteLength(JSON.stringify(m));

function alertBody(a: ChatAlert, links: number): Element[] {
  const shown = a.links.slice(0, links);
  const more = a.links.length - shown.length + a.moreLinks;
  return [
    { type: 'Container', style: STYLE[a.level] ?? 'default', items: [
      line([run(a.badge.toUpperCase(), { weight: 'Bolder', color: COLOR[a.level] ?? 'Default' })]),
      line([run(a.title, { weight: 'Bolder', size: 'Large' })]),
    ] },
    ...a.facts.map((f) => line([run(`${f.label}: `, { weight: 'Bolder' }), run(f.value)])),
    line([run('First reports', { weight: 'Bolder' })], 'Medium'),
    ...shown.map((r) => line([run('• '), link(r.title || '(untitled)', r.url, { color: 'Accent' }), ...(r.note ? [run(` · ${r.note}`, { isSubtle: true })] : [])])),
    ...(more ? [line([run(`…and ${more} more`, { isSubtle: true })])] : []),
    line([run(`Why “${a.ruleName}” matched`, { weight: 'Bolder' })], 'Medium'),
    ...a.why.map((w) => line([run(`• ${w}`)])),
  ];
}

/** A Teams message (incoming webhook or Workflows) with one Adaptive Card, within 28 KB: reports are dropped first. */
export function teamsAlertMessage(a: ChatAlert): TeamsMessage {
  for (let links = a.links.length; ; links--) {
    const m = envelope(alertBody(a, links), a.openUrl);
    if (links === 0 || teamsBytes(m) <= TEAMS_LIMITS.bytes) return m;
  }
}

/** A digest window as one card: a line per incident, cut (and counted) to stay within 28 KB. */
export function teamsDigestMessage(d: ChatDigest): TeamsMessage {
  const head = `Sitrep digest of “${d.ruleName}”: ${d.alerts.length} incident${d.alerts.length === 1 ? '' : 's'}${d.windowEnd ? ` until ${d.windowEnd}` : ''}`;
  const build = (n: number) => envelope([
    line([run(head, { weight: 'Bolder', size: 'Medium' })]),
    ...d.alerts.slice(0, n).map((a) => line([
      run(`${a.badge.toUpperCase()} `, { weight: 'Bolder', color: COLOR[a.level] ?? 'Default' }),
      link(a.title, a.openUrl, { color: 'Accent' }),
      run(` · ${a.facts.filter((f) => f.label !== 'Level').map((f) => f.value).join(' · ')}`, { isSubtle: true }),
    ], 'Medium')),
    ...(n < d.alerts.length ? [line([run(`…and ${d.alerts.length - n} more`, { isSubtle: true })])] : []),
  ], null);
  let n = Math.min(d.alerts.length, 100);
  let m = build(n);
  while (n > 0 && teamsBytes(m) > TEAMS_LIMITS.bytes) m = build(--n);
  return m;
}
