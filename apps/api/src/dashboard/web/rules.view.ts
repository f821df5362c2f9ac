/// <reference lib="dom" />
import type { Incident, Rule, RuleInput } from '@sitrep/contracts';
import { api, apiKey } from './api';
import { EVENT_TYPES, levelLabel, placeOf, plural } from './format';
import { h, replace } from './dom';
import { LiveStore } from './live-store';

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/** Rules: the API key, the rules list (delete), and a form to create one with a preview of what it matches. */
export class RulesView {
  readonly element = h('div', { class: 'rules' });
  private readonly rules = h('div', { id: 'rules-list' });
  private readonly status = h('p', { id: 'rule-status', role: 'status', 'aria-live': 'polite' });
  private readonly preview = h('div', { id: 'rule-preview', 'aria-live': 'polite' });
  private readonly form: HTMLFormElement;

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

    const field = (id: string, label: string, input: HTMLElement, hint?: string) =>
      h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('small', {}, hint) : null);
    this.form = h('form', { id: 'rule-form', class: 'rule-form', 'aria-labelledby': 'new-rule-h' },
      h('h3', { id: 'new-rule-h' }, 'New rule'),
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
      field('rule-secret', 'Webhook secret', h('input', { id: 'rule-secret', name: 'secret', autocomplete: 'off' }), '8 characters or more'),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'btn ghost', id: 'rule-preview-btn', onclick: () => this.showPreview() }, 'Preview matches'),
        h('button', { type: 'submit', class: 'btn', id: 'rule-create' }, 'Create rule'),
      ),
      this.status,
      this.preview,
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.create();
    });
    replace(this.element,
      h('section', { class: 'panel' }, h('h2', {}, 'Access'), keyForm),
      h('section', { class: 'panel' }, h('h2', {}, 'Rules'), this.rules),
      h('section', { class: 'panel' }, this.form),
    );
    void this.load();
  }

  destroy(): void {}

  private input(): RuleInput {
    const v = (name: string) => (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const types = Array.from(this.form.querySelectorAll<HTMLInputElement>('input[name=eventTypes]:checked')).map((c) => c.value);
    const out: RuleInput = { name: v('name').trim(), minLevel: Number(v('minLevel')), channels: {} };
    const countries = list(v('countries')).map((c) => c.toUpperCase());
    if (countries.length) out.countries = countries;
    if (list(v('regions')).length) out.regions = list(v('regions'));
    if (types.length) out.eventTypes = types;
    if (list(v('keywords')).length) out.keywords = list(v('keywords'));
    if (list(v('emails')).length) out.channels.email = list(v('emails'));
    if (v('webhook').trim()) out.channels.webhooks = [{ url: v('webhook').trim(), secret: v('secret') }];
    return out;
  }

  private async create(): Promise<void> {
    this.status.className = '';
    this.status.textContent = 'Creating…';
    try {
      const rule = await api.createRule(this.input());
      this.status.textContent = `Created rule “${rule.name}” (${rule.id}).`;
      this.form.reset();
      await this.load();
    } catch (e) {
      this.status.className = 'error';
      this.status.textContent = `Not created: ${(e as Error).message}`;
    }
  }

  /** What the rule would match among the open incidents this page knows (the notifier decides for real). */
  private showPreview(): void {
    const r = this.input();
    const matches = [...this.store.incidents.values()].filter((i) => matches_(r, i));
    replace(this.preview,
      h('p', {}, `Would match ${plural(matches.length, 'open incident')} now:`),
      h('ul', {}, ...matches.slice(0, 20).map((i) => h('li', {}, h('a', { href: `#/incident/${encodeURIComponent(i.id)}` }, `${levelLabel(i.level)} · ${placeOf(i)} · ${i.summary ?? ''}`)))),
    );
  }

  private async load(): Promise<void> {
    if (!apiKey.get()) {
      replace(this.rules, h('p', { class: 'note' }, 'Paste an API key above to list and create rules.'));
      return;
    }
    try {
      const rules = await api.rules();
      replace(this.rules, rules.length ? this.table(rules) : h('p', {}, 'No rules yet.'));
    } catch (e) {
      replace(this.rules, h('p', { class: 'error' }, (e as Error).message));
    }
  }

  private table(rules: Rule[]): HTMLElement {
    return h('table', { id: 'rules-table' },
      h('thead', {}, h('tr', {}, ...['Name', 'Where', 'Level', 'Types', 'Keywords', 'Channels', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rules.map((r) => h('tr', { 'data-rule': r.id },
        h('td', {}, r.name),
        h('td', {}, [...(r.countries ?? []), ...(r.regions ?? [])].join(', ') || 'anywhere'),
        h('td', {}, `≥ ${levelLabel(r.minLevel)}`),
        h('td', {}, (r.eventTypes ?? []).join(', ') || 'any'),
        h('td', {}, (r.keywords ?? []).join(', ')),
        h('td', {}, [...(r.channels.email ?? []), ...(r.channels.webhooks ?? []).map((w) => w.url)].join(', ')),
        h('td', {}, h('button', { type: 'button', class: 'btn ghost', 'aria-label': `Delete rule ${r.name}`, onclick: () => void this.remove(r) }, 'Delete')),
      ))),
    );
  }

  private async remove(r: Rule): Promise<void> {
    if (!confirm(`Delete rule “${r.name}”?`)) return;
    try {
      await api.deleteRule(r.id);
    } catch (e) {
      this.status.textContent = `Not deleted: ${(e as Error).message}`;
    }
    await this.load();
  }
}

/** A rough client-side reading of the rule: place, level, type and keywords. */
function matches_(r: RuleInput, i: Incident): boolean {
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
