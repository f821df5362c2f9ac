/// <reference lib="dom" />
import { api } from './api';
import { time } from './format';
import { h, replace } from './dom';

/** The built-in SMTP catcher's mail, newest first (plain text only: the HTML part is never rendered). */
export class MailboxView {
  readonly element = h('section', { class: 'panel mailbox', 'aria-labelledby': 'mail-h' });
  private readonly list = h('div', { id: 'mail-list' }, h('p', {}, 'Loading…'));

  constructor() {
    replace(this.element,
      h('h2', { id: 'mail-h' }, 'Mailbox'),
      h('p', { class: 'note' }, 'Mail caught by the built-in SMTP server (development only).'),
      h('button', { type: 'button', class: 'btn', onclick: () => void this.load() }, 'Refresh'),
      this.list,
    );
    void this.load();
  }

  destroy(): void {}

  private async load(): Promise<void> {
    try {
      const mails = await api.mailbox();
      replace(this.list, ...(mails.length ? mails.map((m) => h('details', { class: 'mail' },
        h('summary', {}, h('strong', {}, m.subject || '(no subject)'), ` — to ${m.to} — ${time(m.receivedAt)}`),
        h('pre', {}, m.text),
      )) : [h('p', {}, 'No mail yet.')]));
    } catch (e) {
      replace(this.list, h('p', { class: 'error' }, (e as Error).message));
    }
  }
}
