import { BadRequestException } from '@nestjs/common';
import { assertPublicWebhooks } from './webhook-target.validator';

describe(assertPublicWebhooks.name, () => {
  const hook = (url: string) => ({ url, secret: 'whsec-123456789' });

  it.each(['http://127.0.0.1/x', 'http://10.0.0.5/x', 'http://[::1]:8080/x', 'http://169.254.169.254/latest', 'http://192.168.1.1/'])('refuses %s naming the field', (url) => {
    try {
      assertPublicWebhooks([hook('https://hooks.example.org/ok'), hook(url)], 'channels.webhooks', false);
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(BadRequestException);
      expect(JSON.stringify((e as BadRequestException).getResponse())).toContain('channels.webhooks.1.url');
    }
  });

  it('accepts public addresses and host names, and anything when private targets are allowed', () => {
    expect(() => assertPublicWebhooks([hook('https://8.8.8.8/x'), hook('https://hooks.example.org/x')], 'channels.webhooks', false)).not.toThrow();
    expect(() => assertPublicWebhooks([hook('http://127.0.0.1/x')], 'channels.webhooks', true)).not.toThrow();
  });
});
