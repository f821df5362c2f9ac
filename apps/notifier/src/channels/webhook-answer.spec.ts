import { answerReason } from './webhook-answer';

describe(answerReason.name, () => {
  it.each([
    [400, 'invalid_blocks', 'http 400: invalid_blocks'],
    [404, '', 'http 404'],
    [410, 'channel_is_archived\n', 'http 410: channel_is_archived'],
    [400, 'bad\r\nX-Injected: 1 ü', 'http 400: bad X-Injected: 1 ?'],
    [413, 'x'.repeat(500), `http 413: ${'x'.repeat(120)}`],
  ])('case %#: http %i', (status, detail, reason) => {
    expect(answerReason(status, detail)).toBe(reason);
  });
});
