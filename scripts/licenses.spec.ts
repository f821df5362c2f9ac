// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowedExpression } = require('./lib/license-policy.js') as { allowedExpression: (e: string) => boolean };

describe('npm run licenses: allowedExpression', () => {
  it.each(['MIT', 'Apache-2.0', 'ISC', 'BSD-3-Clause', '0BSD', 'CC-BY-4.0', '(MIT OR EUPL-1.1+)', '(MIT OR GPL-3.0)', 'MIT AND Apache-2.0'])('allows %s', (e) => {
    expect(allowedExpression(e)).toBe(true);
  });
  it.each(['GPL-3.0', 'GPL-2.0-only', 'LGPL-3.0-or-later', 'AGPL-3.0', 'SSPL-1.0', 'UNKNOWN', 'UNLICENSED', 'MIT*', 'Custom: https://x', 'MIT AND GPL-3.0', ''])('refuses %s', (e) => {
    expect(allowedExpression(e)).toBe(false);
  });
});
