import { ChatAlert, ChatDigest } from './chat-alert.model';
import { slackEscape, slackLink } from './slack-mrkdwn.util';

/** Slack's documented limits (api.slack.com/reference/block-kit/blocks, …/composition-objects). */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  buttonText: 75,
  url: 3000,
  /** `text` is cut at 40,000; Slack advises at most 4,000. */
  text: 4000,
} as const;

type Mrkdwn = { type: 'mrkdwn'; text: string; verbatim: true };
export type SlackBlock =
  | { type: 'section'; text?: Mrkdwn; fields?: Mrkdwn[] }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' }
  | { type: 'actions'; elements: { type: 'button'; text: { type: 'plain_text'; text: string }; url: string }[] };
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
  /** No previews of article pages: five unfurled news sites would bury the alert. */
  unfurl_links: false;
  unfurl_media: false;
}

const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** Square badges, red for the top level: read before the words in a busy channel. */
const BADGES: Record<number, string> = { 1: '⚪', 2: '🔵', 3: '🟡', 4: '🟠', 5: '🔴' };
const badge = (a: ChatAlert) => `${BADGES[a.level] ?? '⚪'} *${slackEscape(a.badge)}*`;

// verbatim: only the `<…>` syntax we write ourselves is parsed; no auto-linking of channel names.
const md = (text: string): Mrkdwn => ({ type: 'mrkdwn', text, verbatim: true });

/**
 * One section of a heading and bullet lines, within the section limit: whole lines only (a cut
 * could split an entity or a link), the rest counted in a last line.
 */
export function bulletSection(heading: string, lines: string[], more = 0): SlackBlock {
  const out = [heading];
  let length = heading.length;
  let dropped = more;
  const tail = (n: number) => `\n…and ${n} more`;
  for (const [index, line] of lines.entries()) {
    const rest = lines.length - index - 1 + dropped;
    const reserve = rest ? tail(rest + 1).length : 0;
    if (length + 1 + line.length + reserve > SLACK_LIMITS.sectionText) {
      dropped += lines.length - index;
      break;
    }
    out.push(line);
    length += 1 + line.length;
  }
  return { type: 'section', text: md(out.join('\n') + (dropped ? tail(dropped) : '')) };
}

function reportLine(link: ChatAlert['links'][number]): string {
  const title = link.url && link.url.length <= 1000 ? slackLink(link.url, link.title) : slackEscape(link.title);
  return `• ${title}${link.note ? ` · ${slackEscape(link.note)}` : ''}`;
}

function openButton(url: string | null): SlackBlock[] {
  return url && url.length <= SLACK_LIMITS.url
    ? [{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Sitrep' }, url }] }]
    : [];
}

function fallback(a: ChatAlert): string {
  const place = a.facts.find((f) => f.label === 'Place')?.value;
  return slackEscape(`[Sitrep ${a.badge}] ${place ? `${place}: ` : ''}${a.title}`);
}

/** An incoming-webhook message for one alert: `text` for notifications, blocks for the channel. */
export function slackAlertMessage(a: ChatAlert): SlackMessage {
  const blocks: SlackBlock[] = [
    { type: 'section', text: md(`${badge(a)}\n*${slackEscape(a.title)}*`) },
    { type: 'section', fields: a.facts.slice(0, SLACK_LIMITS.fields).map((f) => md(`*${slackEscape(f.label)}*\n${slackEscape(f.value)}`)) },
    bulletSection('*First reports*', a.links.map(reportLine), a.moreLinks),
    bulletSection(`*Why “${slackEscape(a.ruleName)}” matched*`, a.why.map((line) => `• ${slackEscape(line)}`)),
    ...openButton(a.openUrl),
  ];
  return { text: fallback(a), blocks, ...NO_UNFURL };
}

/** One message for a digest window: a section per incident, within Slack's 50 blocks. */
export function slackDigestMessage(d: ChatDigest): SlackMessage {
  const head = `Sitrep digest of “${d.ruleName}”: ${d.alerts.length} incident${d.alerts.length === 1 ? '' : 's'}${d.windowEnd ? ` until ${d.windowEnd}` : ''}`;
  const room = SLACK_LIMITS.blocks - 3; // heading, divider, the "more" context
  const shown = d.alerts.slice(0, room);
  const blocks: SlackBlock[] = [{ type: 'section', text: md(`*${slackEscape(head)}*`) }, { type: 'divider' }];
  for (const a of shown) {
    const title = a.openUrl ? slackLink(a.openUrl, a.title) : slackEscape(a.title);
    const facts = a.facts.filter((f) => f.label !== 'Level').map((f) => slackEscape(f.value)).join(' · ');
    const text = `${badge(a)} ${title}\n${facts}`;
    blocks.push({ type: 'section', text: md(text.length <= SLACK_LIMITS.sectionText ? text : `${badge(a)} ${title}`) });
  }
  if (d.alerts.length > shown.length) blocks.push({ type: 'context', elements: [md(`…and ${d.alerts.length - shown.length} more`)] });
  return { text: slackEscape(head), blocks, ...NO_UNFURL };
}
