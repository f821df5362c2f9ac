import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { WebhookTarget } from './rule.types';

const errors = (plain: object) =>
  validateSync(plainToInstance(WebhookTarget, plain), { whitelist: true, forbidNonWhitelisted: true }).flatMap((e) => Object.values(e.constraints ?? {}));

describe(WebhookTarget.name, () => {
  const url = 'https://hooks.slack.com/services/T000/B000/XXXX';

  it.each([
    ['a plain secret', { url, secret: 'whsec-test-123456' }],
    ['a whsec_ secret of 32 bytes', { url, secret: `whsec_${randomBytes(32).toString('base64')}` }],
    ['a whsec_ secret of 24 bytes', { url, secret: `whsec_${randomBytes(24).toString('base64')}` }],
    ['format slack', { url, secret: 'plain-secret-1', format: 'slack' }],
    ['format teams', { url, secret: 'plain-secret-1', format: 'teams' }],
    ['format sitrep', { url, secret: 'plain-secret-1', format: 'sitrep' }],
  ])('accepts %s', (_, plain) => {
    expect(errors(plain)).toEqual([]);
  });

  it.each([
    ['a whsec_ secret that is not base64', { url, secret: 'whsec_not-base64-at-all!!' }, /whsec_/],
    ['a whsec_ secret of 16 bytes', { url, secret: `whsec_${randomBytes(16).toString('base64')}` }, /at least 24 bytes/],
    ['an unknown format', { url, secret: 'plain-secret-1', format: 'discord' }, /format must be one of: sitrep, slack, teams/],
  ])('refuses %s', (_, plain, message) => {
    expect(errors(plain).join('; ')).toMatch(message);
  });
});
