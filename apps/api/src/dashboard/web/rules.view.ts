/// <reference lib="dom" />
import type { Incident, Rule, RuleInput, Subscriber, SubscriberInput, WebhookFormat, WebhookTarget } from '@sitrep/contracts';
import { api, apiKey } from './api';
import { EVENT_TYPES, levelLabel, placeOf, plural, time } from './format';
import { h, replace } from './dom';
import { LiveStore } from './live-store';

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/** What a webhook URL receives (v1.1): the labels of the format picker. */
const FORMATS: [WebhookFormat, string][] = [
  ['sitrep', 'Sitrep JSON (signed, for your own receiver)'],
  ['slack', 'Slack incoming webhook'],
  ['teams', 'Microsoft Teams (Adaptive Card, incoming webhook or Workflows)'],
];
const formatPicker = (id: string) => h('select', { id, name: 'format' }, ...FORMATS.map(([value, label]) => h('option', { value }, label)));
const SECRET_HINT = '8 characters or more, or a Standard Webhooks secret "whsec_…" (base64)';

/** One webhook target from the form; `sitrep` is the default and left out. */
function webhookTarget(url: string, secret: string, format: string): WebhookTarget {
  return format === 'slack' || format === 'teams' ? { url, secret, format } : { url, secret };
}

/** "https://hooks.slack.com/… (slack)": the list shows where alerts go and in what form. */
const targetLabel = (w: WebhookTarget) => (w.format && w.format !== 'sitrep' ? `${w.url} (${w.format})` : w.url);

/**
 * Rules and subscribers: the API key; the rules (edit, preview of what each would have sent over
 * the last 7 days, delete); a form to create or edit one; the subscribers (create, delete).
 */
export class RulesView {
  readonly element = h('div', { class: 'rules' });
  private readonly rules = h('div', { id: 'rules-list' });
  private readonly serverPreview = h('div', { id: 'rule-server-preview', 'aria-live': 'polite' });
  private readonly subscribersList = h('div', { id: 'subscribers-list' });
  private readonly subscriberChoices = h('fieldset', { class: 'types', id: 'rule-subscribers' });
  private readonly status = h('p', { id: 'rule-status', role: 'status', 'aria-live': 'polite' });
  private readonly preview = h('div', { id: 'rule-preview', 'aria-live': 'polite' });
  private readonly formTitle = h('h3', { id: 'rule-form-h' }, 'New rule');
  private readonly submit = h('button', { type: 'submit', class: 'btn', id: 'rule-create' }, 'Create rule');
  private readonly cancel = h('button', { type: 'button', class: 'btn ghost', id: 'rule-cancel', hidden: true, onclick: () => this.stopEditing() }, 'Cancel edit');
  private readonly form: HTMLFormElement;
  private editing: Rule | null = null;
  private subscribers: Subscriber[] = [];

  constructor(private readonly store: LiveStore) {
    const keyInput = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', placeholder: 'paste the key', value: apiKey.get() ?? '' });
    const keyForm = h('form', { class: 'key-form', 'aria-label': 'API key' },
      h('label', { for: 'api-key' }, 'API key (kept in this browser only) '), keyInput,
      h('button', { type: 'submit', class: 'btn' }, 'Save key'),
      h('button', { type: 'button', class: 'btn ghost', onclick: () => { apiKey.clear(); keyInput.value = ''; void this.load(); } }, 'Forget'),
    );
    keyForm.addEventListener('submit', (e) => {
      e.preventDefault();
      apiKey.set(keyInput.value);
      void this.load();
    });

    this.form = h('form', { id: 'rule-form', class: 'rule-form', 'aria-labelledby': 'rule-form-h' },
      this.formTitle,
      field('rule-name', 'Name', h('input', { id: 'rule-name', name: 'name', required: true, maxlength: 200 })),
      field('rule-countries', 'Countries', h('input', { id: 'rule-countries', name: 'countries', placeholder: 'IQ, SY' }), 'ISO codes, comma-separated; empty for any'),
      field('rule-regions', 'Regions', h('input', { id: 'rule-regions', name: 'regions', placeholder: 'Western Asia' }), 'comma-separated; empty for any'),
      field('rule-level', 'Minimum level', h('select', { id: 'rule-level', name: 'minLevel' }, ...[1, 2, 3, 4, 5].map((l) => h('option', { value: l, selected: l === 3 }, levelLabel(l))))),
      h('fieldset', { class: 'types' }, h('legend', {}, 'Event types (none ticked: any)'),
        ...EVENT_TYPES.map((t, n) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'eventTypes', value: t, id: `rule-type-${n}` }), ` ${t}`)),
      ),
      field('rule-keywords', 'Keywords', h('input', { id: 'rule-keywords', name: 'keywords' }), 'comma-separated; any of them'),
      field('rule-emails', 'E-mail to', h('input', { id: 'rule-emails', name: 'emails', placeholder: 'analyst@example.org' }), 'comma-separated'),
      field('rule-webhook', 'Webhook URL', h('input', { id: 'rule-webhook', name: 'webhook', type: 'url', placeholder: 'https://…' })),
      field('rule-secret', 'Webhook secret', h('input', { id: 'rule-secret', name: 'secret', autocomplete: 'off' }), `${SECRET_HINT}; when editing, enter it again (it is never shown)`),
      field('rule-format', 'Webhook format', formatPicker('rule-format'), 'what the webhook URL receives'),
      this.subscriberChoices,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'btn ghost', id: 'rule-preview-btn', onclick: () => this.showPreview() }, 'Preview matches now'),
        this.submit,
        this.cancel,
      ),
      this.status,
      this.preview,
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.save();
    });

    const subName = h('input', { id: 'sub-name', name: 'name', required: true, maxlength: 200 });
    const subEmail = h('input', { id: 'sub-email', name: 'email', type: 'email' });
    const subHook = h('input', { id: 'sub-webhook', name: 'webhook', type: 'url', placeholder: 'https://…' });
    const subSecret = h('input', { id: 'sub-secret', name: 'secret', autocomplete: 'off' });
    const subFormat = formatPicker('sub-format');
    const subTz = h('input', { id: 'sub-tz', name: 'timeZone', placeholder: 'Europe/Berlin' });
    const subStatus = h('p', { id: 'sub-status', role: 'status', 'aria-live': 'polite' });
    const subForm = h('form', { id: 'subscriber-form', class: 'rule-form', 'aria-labelledby': 'sub-form-h' },
      h('h3', { id: 'sub-form-h' }, 'New subscriber'),
      field('sub-name', 'Name', subName), field('sub-email', 'E-mail', subEmail), field('sub-webhook', 'Webhook URL', subHook),
      field('sub-secret', 'Webhook secret', subSecret, SECRET_HINT), field('sub-format', 'Webhook format', subFormat), field('sub-tz', 'Time zone', subTz),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn' }, 'Add subscriber')),
      subStatus,
    );
    subForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const input: SubscriberInput = { name: subName.value.trim() };
      if (subEmail.value.trim()) input.email = subEmail.value.trim();
      if (subHook.value.trim()) input.webhooks = [webhookTarget(subHook.value.trim(), subSecret.value, subFormat.value)];
      if (subTz.value.trim()) input.timeZone = subTz.value.trim();
      api.createSubscriber(input).then(
        (s) => {
          subStatus.className = '';
          subStatus.textContent = `Added subscriber “${s.name}” (${s.id}).`;
          subForm.reset();
          void this.load();
        },
        (err: Error) => {
          subStatus.className = 'error';
          subStatus.textContent = `Not added: ${err.message}`;
        },
      );
    });

    replace(this.element,
      h('section', { class: 'panel' }, h('h2', {}, 'Access'), keyForm),
      h('section', { class: 'panel' }, h('h2', {}, 'Rules'), this.rules, this.serverPreview),
      h('section', { class: 'panel' }, this.form),
      h('section', { class: 'panel' }, h('h2', {}, 'Subscribers'), this.subscribersList, subForm),
    );
    void this.load();
  }

  destroy(): void {}

  private input(): RuleInput {
    const v = (name: string) => (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const ticked = (name: string) => Array.from(this.form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)).map((c) => c.value);
    // Editing keeps what the form does not show (policy, actors, sources, ...).
    const kept: Partial<Rule> = this.editing ? { ...this.editing } : {};
    delete kept.id;
    delete kept.createdAt;
    delete kept.ownerKeyId;
    const out: RuleInput = { ...(kept as RuleInput), name: v('name').trim(), minLevel: Number(v('minLevel')), channels: {} };
    const set = <K extends keyof RuleInput>(key: K, value: RuleInput[K] & unknown[]) => {
      if (value.length) out[key] = value;
      else delete out[key];
    };
    set('countries', list(v('countries')).map((c) => c.toUpperCase()));
    set('regions', list(v('regions')));
    set('eventTypes', ticked('eventTypes'));
    set('keywords', list(v('keywords')));
    set('subscribers', ticked('subscribers'));
    if (list(v('emails')).length) out.channels.email = list(v('emails'));
    if (v('webhook').trim()) out.channels.webhooks = [webhookTarget(v('webhook').trim(), v('secret'), v('format'))];
    return out;
  }

  private async save(): Promise<void> {
    this.status.className = '';
    this.status.textContent = this.editing ? 'Saving…' : 'Creating…';
    try {
      const rule = this.editing ? await api.updateRule(this.editing.id, this.input()) : await api.createRule(this.input());
      this.status.textContent = `${this.editing ? 'Saved' : 'Created'} rule “${rule.name}” (${rule.id}).`;
      this.stopEditing(false);
      await this.load();
    } catch (e) {
      this.status.className = 'error';
      this.status.textContent = `Not saved: ${(e as Error).message}`;
    }
  }

  private edit(r: Rule): void {
    this.editing = r;
    const set = (name: string, value: string) => ((this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value = value);
    set('name', r.name);
    set('countries', (r.countries ?? []).join(', '));
    set('regions', (r.regions ?? []).join(', '));
    set('minLevel', String(r.minLevel));
    set('keywords', (r.keywords ?? []).join(', '));
    set('emails', (r.channels.email ?? []).join(', '));
    set('webhook', r.channels.webhooks?.[0]?.url ?? '');
    set('secret', '');
    set('format', r.channels.webhooks?.[0]?.format ?? 'sitrep');
    for (const c of Array.from(this.form.querySelectorAll<HTMLInputElement>('input[name=eventTypes]'))) c.checked = (r.eventTypes ?? []).includes(c.value);
    for (const c of Array.from(this.form.querySelectorAll<HTMLInputElement>('input[name=subscribers]'))) c.checked = (r.subscribers ?? []).includes(c.value);
    this.formTitle.textContent = `Edit rule “${r.name}”`;
    this.submit.textContent = 'Save rule';
    this.cancel.hidden = false;
    this.status.textContent = '';
    (this.form.elements.namedItem('name') as HTMLInputElement).focus();
  }

  private stopEditing(clearStatus = true): void {
    this.editing = null;
    this.form.reset();
    this.formTitle.textContent = 'New rule';
    this.submit.textContent = 'Create rule';
    this.cancel.hidden = true;
    if (clearStatus) this.status.textContent = '';
  }

  /** What the form would match among the open incidents this page knows, before saving. */
  private showPreview(): void {
    const r = this.input();
    const matches = [...this.store.incidents.values()].filter((i) => roughMatch(r, i));
    replace(this.preview,
      h('p', {}, `Would match ${plural(matches.length, 'open incident')} now (a rough reading; the notifier decides):`),
      h('ul', {}, ...matches.slice(0, 20).map((i) => h('li', {}, h('a', { href: `#/incident/${encodeURIComponent(i.id)}` }, `${levelLabel(i.level)} · ${placeOf(i)} · ${i.summary ?? ''}`)))),
    );
  }

  /** The server's answer: what the saved rule would have sent over the last 7 days. */
  private async previewSaved(r: Rule): Promise<void> {
    replace(this.serverPreview, h('p', {}, 'Previewing…'));
    try {
      const p = await api.previewRule(r.id, 7);
      replace(this.serverPreview,
        h('h3', {}, `Preview of “${r.name}”: ${plural(p.totalAlerts, 'alert')} over ${p.days} days (${plural(p.incidentsScanned, 'incident')} scanned)`),
        p.alertsPerDay.length ? h('p', { class: 'note' }, p.alertsPerDay.map((d) => `${d.date}: ${d.alerts}`).join(' · ')) : null,
        p.matched.length
          ? h('ul', { id: 'rule-preview-matches' }, ...p.matched.slice(0, 50).map((m) => h('li', {},
              h('a', { href: `#/incident/${encodeURIComponent(m.incidentId)}` }, `${levelLabel(m.level)} · ${m.summary ?? m.incidentId}`),
              ` — ${plural(m.reports, 'report')}, ${plural(m.alerts.length, 'alert')}, last ${time(m.lastSeen)}`,
            )))
          : h('p', {}, 'It would have matched nothing.'),
      );
    } catch (e) {
      replace(this.serverPreview, h('p', { class: 'error' }, `Preview failed: ${(e as Error).message}`));
    }
  }

  private async load(): Promise<void> {
    if (!apiKey.get()) {
      replace(this.rules, h('p', { class: 'note' }, 'Paste an API key above to list and create rules.'));
      replace(this.subscribersList, h('p', { class: 'note' }, 'Paste an API key above to list subscribers.'));
      return;
    }
    const [rules, subscribers] = await Promise.all([api.rules().catch((e: Error) => e), api.subscribers().catch((e: Error) => e)]);
    if (rules instanceof Error) replace(this.rules, h('p', { class: 'error' }, rules.message));
    else replace(this.rules, rules.length ? this.rulesTable(rules) : h('p', {}, 'No rules yet.'));
    this.subscribers = subscribers instanceof Error ? [] : subscribers;
    if (subscribers instanceof Error) replace(this.subscribersList, h('p', { class: 'error' }, subscribers.message));
    else replace(this.subscribersList, subscribers.length ? this.subscribersTable(subscribers) : h('p', {}, 'No subscribers yet.'));
    const chosen = new Set(this.editing?.subscribers ?? []);
    replace(this.subscriberChoices, h('legend', {}, 'Subscribers who also receive it'),
      ...(this.subscribers.length
        ? this.subscribers.map((s) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'subscribers', value: s.id, checked: chosen.has(s.id) }), ` ${s.name}`))
        : [h('span', { class: 'note' }, 'none yet')]),
    );
  }

  private rulesTable(rules: Rule[]): HTMLElement {
    return h('table', { id: 'rules-table' },
      h('thead', {}, h('tr', {}, ...['Name', 'Where', 'Level', 'Types', 'Keywords', 'Channels', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rules.map((r) => h('tr', { 'data-rule': r.id },
        h('td', {}, r.name),
        h('td', {}, [...(r.countries ?? []), ...(r.regions ?? [])].join(', ') || 'anywhere'),
        h('td', {}, `≥ ${levelLabel(r.minLevel)}`),
        h('td', {}, (r.eventTypes ?? []).join(', ') || 'any'),
        h('td', {}, (r.keywords ?? []).join(', ')),
        h('td', {}, [...(r.channels.email ?? []), ...(r.channels.webhooks ?? []).map(targetLabel), ...(r.subscribers ?? []).map((id) => this.subscriberName(id))].join(', ')),
        h('td', { class: 'row-actions' },
          h('button', { type: 'button', class: 'btn ghost', 'aria-label': `Edit rule ${r.name}`, onclick: () => this.edit(r) }, 'Edit'),
          h('button', { type: 'button', class: 'btn ghost', 'aria-label': `Preview rule ${r.name}`, onclick: () => void this.previewSaved(r) }, 'Preview'),
          h('button', { type: 'button', class: 'btn ghost', 'aria-label': `Delete rule ${r.name}`, onclick: () => void this.removeRule(r) }, 'Delete'),
        ),
      ))),
    );
  }

  private subscribersTable(subs: Subscriber[]): HTMLElement {
    return h('table', { id: 'subscribers-table' },
      h('thead', {}, h('tr', {}, ...['Name', 'E-mail', 'Webhooks', 'Time zone', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...subs.map((s) => h('tr', { 'data-subscriber': s.id },
        h('td', {}, s.name), h('td', {}, s.email ?? ''), h('td', {}, (s.webhooks ?? []).map(targetLabel).join(', ')), h('td', {}, s.timeZone ?? ''),
        h('td', {}, h('button', { type: 'button', class: 'btn ghost', 'aria-label': `Delete subscriber ${s.name}`, onclick: () => void this.removeSubscriber(s) }, 'Delete')),
      ))),
    );
  }

  private subscriberName(id: string): string {
    return this.subscribers.find((s) => s.id === id)?.name ?? id;
  }

  private async removeRule(r: Rule): Promise<void> {
    if (!confirm(`Delete rule “${r.name}”?`)) return;
    await api.deleteRule(r.id).catch((e: Error) => (this.status.textContent = `Not deleted: ${e.message}`));
    await this.load();
  }

  private async removeSubscriber(s: Subscriber): Promise<void> {
    if (!confirm(`Delete subscriber “${s.name}”?`)) return;
    await api.deleteSubscriber(s.id).catch((e: Error) => (this.status.textContent = `Not deleted: ${e.message}`));
    await this.load();
  }
}

function field(id: string, label: string, input: HTMLElement, hint?: string): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('small', {}, hint) : null);
}

/** A rough client-side reading of a rule: place, level, type and keywords. */
function roughMatch(r: RuleInput, i: Incident): boolean {
  if (i.level < r.minLevel) return false;
  if (r.countries?.length && !r.countries.some((c) => i.countries.includes(c))) return false;
  if (r.regions?.length && !r.regions.some((g) => g === i.region || (i.regions ?? []).includes(g))) return false;
  if (r.eventTypes?.length && !r.eventTypes.includes(i.eventType)) return false;
  if (r.keywords?.length) {
    const text = [i.summary ?? '', ...i.reports.map((p) => p.title)].join(' ').toLowerCase();
    if (!r.keywords.some((k) => text.includes(k.toLowerCase()))) return false;
  }
  return true;
}
