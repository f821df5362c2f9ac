import { SitrepConfig } from '@sitrep/config';
import { CaughtMail, DevMailbox } from './dev-mailbox';

describe(DevMailbox.name, () => {
  const mail = (messageId: string, subject = 's'): CaughtMail => ({
    from: 'a@x', to: 'b@x', subject, text: '', html: '', receivedAt: new Date(0).toISOString(), messageId, repeats: 0,
  });
  const sut = () => new DevMailbox({ smtp: { url: null, devPort: 0, from: 'a@x' } } as unknown as SitrepConfig);

  it('shows a message resent under the same Message-ID once, counting the repeat', () => {
    const box = sut();
    box.keep(mail('<1@x>', 'first'));
    box.keep(mail('<2@x>'));
    box.keep(mail('<1@x>', 'first again'));
    expect(box.list().map((m) => [m.messageId, m.subject, m.repeats])).toEqual([['<2@x>', 's', 0], ['<1@x>', 'first', 1]]);
  });

  it('keeps messages without a Message-ID apart', () => {
    const box = sut();
    box.keep(mail(''));
    box.keep(mail(''));
    expect(box.list()).toHaveLength(2);
  });
});
