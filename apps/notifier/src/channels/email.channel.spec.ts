import { messageIdFor } from './email.channel';

describe(messageIdFor.name, () => {
  it('is the same for every send of one delivery and differs between deliveries', () => {
    const a = messageIdFor('rule1:inc1:4:email:abc', 'Sitrep <alerts@sitrep.example>');
    expect(a).toBe(messageIdFor('rule1:inc1:4:email:abc', 'Sitrep <alerts@sitrep.example>'));
    expect(a).not.toBe(messageIdFor('rule1:inc1:5:email:abc', 'Sitrep <alerts@sitrep.example>'));
  });

  it('is a valid RFC 5322 msg-id on the sender\'s domain', () => {
    expect(messageIdFor('r:i:3:email:h', 'Sitrep <alerts@sitrep.example>')).toMatch(/^<[0-9a-f]{32}\.sitrep@sitrep\.example>$/);
    expect(messageIdFor('r:i:3:email:h', 'alerts@mail.example.org')).toMatch(/@mail\.example\.org>$/);
    expect(messageIdFor('r:i:3:email:h', 'no address')).toMatch(/@sitrep\.local>$/);
  });
});
