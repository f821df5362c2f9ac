import { BadRequestException } from '@nestjs/common';
import { keepMaskedSecrets, MASK, maskWebhooks } from './secret-mask';

describe(keepMaskedSecrets.name, () => {
  const stored = [{ url: 'https://hooks.example/a', secret: 'real-secret-a' }];

  it('keeps the stored secret when a client sends the mask back', () => {
    const sut = keepMaskedSecrets(maskWebhooks(stored), stored);
    expect(sut).toEqual(stored);
  });

  it('takes a new secret as given', () => {
    expect(keepMaskedSecrets([{ url: 'https://hooks.example/a', secret: 'rotated-secret' }], stored)).toEqual([{ url: 'https://hooks.example/a', secret: 'rotated-secret' }]);
  });

  it('keeps the format through masking and unmasking (v1.1)', () => {
    const slack = [{ url: 'https://hooks.example/s', secret: 'real-secret-s', format: 'slack' as const }];
    expect(maskWebhooks(slack)).toEqual([{ url: 'https://hooks.example/s', secret: MASK, format: 'slack' }]);
    expect(keepMaskedSecrets(maskWebhooks(slack), slack)).toEqual(slack);
  });

  it('refuses the mask for a url it has no secret for', () => {
    expect(() => keepMaskedSecrets([{ url: 'https://hooks.example/new', secret: MASK }], stored)).toThrow(BadRequestException);
  });
});
