import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { WEBHOOK_FORMATS } from '@sitrep/contracts';

/**
 * OpenAPI schemas of the rule and subscriber bodies. The contracts lib imports nothing of Nest
 * (no @ApiProperty there), so the documented shape is written here, beside the controllers.
 */
export const WEBHOOK_TARGET_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['url', 'secret'],
  properties: {
    url: { type: 'string', format: 'uri', maxLength: 2048, example: 'https://hooks.slack.com/services/T000/B000/XXXX' },
    secret: {
      type: 'string', minLength: 8, maxLength: 256, writeOnly: true,
      description: 'Signs every request. Sitrep-Signature: hex HMAC-SHA256 keyed with the secret text. v1.1 Standard Webhooks '
        + '(webhook-id = the delivery id, webhook-timestamp, webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">): '
        + 'a "whsec_<base64 of ≥ 24 bytes>" secret is base64-decoded to the key (refused if it does not decode); any other secret is keyed with its UTF-8 bytes. '
        + 'Shown as "********" when read.',
      example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    },
    format: {
      type: 'string', enum: [...WEBHOOK_FORMATS], default: 'sitrep',
      description: 'v1.1. sitrep: the JSON alert ({ type: "incident.alert", version: 1, rule, incident, reason }); '
        + 'slack: a Slack incoming-webhook message (text + Block Kit blocks); teams: a Microsoft Teams message with one Adaptive Card 1.4.',
    },
  },
};

const strings = (description: string): SchemaObject => ({ type: 'array', items: { type: 'string' }, description });

export const RULE_INPUT_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['name', 'minLevel', 'channels'],
  properties: {
    name: { type: 'string', maxLength: 200 },
    countries: strings('ISO 3166-1 alpha-2 codes, e.g. "IQ"'),
    admin1: strings('admin-1 names or ISO 3166-2 codes (v1.1)'),
    regions: strings('e.g. "Western Asia"'),
    minLevel: { type: 'integer', minimum: 1, maximum: 5 },
    eventTypes: strings('ACLED event types'),
    keywords: strings('matched in titles and bodies'),
    keywordMode: { type: 'string', enum: ['any', 'all'] },
    actors: strings('actor names'),
    actorMode: { type: 'string', enum: ['any', 'all'] },
    sources: strings('source names'),
    channels: {
      type: 'object',
      properties: {
        email: { type: 'array', items: { type: 'string', format: 'email' } },
        webhooks: { type: 'array', maxItems: 20, items: WEBHOOK_TARGET_SCHEMA },
      },
    },
    subscribers: strings('subscriber ids ("s-…") whose email and webhooks also receive the alerts'),
    policy: {
      type: 'object',
      properties: {
        realert: { type: 'boolean', default: true },
        digest: { type: 'string', enum: ['immediate', 'hourly', 'daily'] },
        quietHours: { type: 'object', properties: { start: { type: 'string', example: '22:00' }, end: { type: 'string', example: '07:00' }, timeZone: { type: 'string', example: 'Europe/Berlin' } } },
        muteUntil: { type: 'string', format: 'date-time' },
        timeZone: { type: 'string' },
      },
    },
  },
};

export const SUBSCRIBER_INPUT_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', maxLength: 200 },
    email: { type: 'string', format: 'email' },
    webhooks: { type: 'array', maxItems: 20, items: WEBHOOK_TARGET_SCHEMA },
    timeZone: { type: 'string', example: 'Europe/Berlin' },
  },
};
