import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsTimeZone, Length,
  Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';

/** Body a webhook target receives (v1.1): Sitrep's JSON, a Slack incoming-webhook message, a Teams Adaptive Card. */
export const WEBHOOK_FORMATS = ['sitrep', 'slack', 'teams'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/**
 * A plain secret (8–256 characters), or a Standard Webhooks secret: `whsec_` and standard base64
 * (which must decode) of at least 24 random bytes (the spec advises 24–64). A stored v1 rule whose
 * secret began with `whsec_` without being base64 would no longer validate: such a secret never
 * worked with Standard Webhooks libraries anyway.
 */
const WEBHOOK_SECRET = /^(?!whsec_)[\s\S]{8,256}$|^whsec_(?:[A-Za-z0-9+/]{4}){8,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export class WebhookTarget {
  @IsString() @MaxLength(2048)
  @Matches(/^https?:\/\/[^\s]+$/i, { message: 'url must be an absolute http(s) URL' })
  url!: string;

  @IsString() @Length(8, 256, { message: 'secret must be 8 to 256 characters' })
  @Matches(WEBHOOK_SECRET, { message: 'secret starting with "whsec_" must be followed by the base64 of at least 24 bytes (Standard Webhooks), e.g. "whsec_" + `openssl rand -base64 32`' })
  secret!: string;

  /** Default `sitrep` (the v1 body). */
  @IsOptional() @IsIn(WEBHOOK_FORMATS as unknown as string[], { message: 'format must be one of: sitrep, slack, teams' })
  format?: WebhookFormat;
}

export class RuleChannels {
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsEmail({}, { each: true, message: 'each email must be an email address' })
  email?: string[];

  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => WebhookTarget)
  webhooks?: WebhookTarget[];
}

export class QuietHours {
  /** "HH:MM" in `timeZone`. */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'start must be HH:MM' }) start!: string;
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'end must be HH:MM' }) end!: string;
  /** IANA time zone, e.g. "Europe/Berlin". */
  @IsString() @MaxLength(64) @IsTimeZone({ message: 'timeZone must be an IANA time zone such as "Europe/Berlin"' }) timeZone!: string;
}

export class RulePolicy {
  /** Alert again when the incident's level rises (default true). */
  @IsOptional() @IsBoolean() realert?: boolean;
  @IsOptional() @IsIn(['immediate', 'hourly', 'daily']) digest?: 'immediate' | 'hourly' | 'daily';
  @IsOptional() @ValidateNested() @Type(() => QuietHours) quietHours?: QuietHours;
  @IsOptional() @IsString() @Matches(/^\d{4}-\d{2}-\d{2}T/, { message: 'muteUntil must be an ISO 8601 date-time' }) muteUntil?: string;
  /** Clock of daily digests when there are no quiet hours (whose zone wins otherwise); default UTC. */
  @IsOptional() @IsString() @MaxLength(64) @IsTimeZone({ message: 'timeZone must be an IANA time zone such as "Europe/Berlin"' }) timeZone?: string;
}

/** Body of `POST /v1/rules` (public interface v1). */
export class RuleInput {
  @IsString() @IsNotEmpty() @MaxLength(200) name!: string;

  @IsOptional() @IsArray() @ArrayMaxSize(300)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes such as "IQ"' })
  countries?: string[];

  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) @MaxLength(200, { each: true }) admin1?: string[];
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true }) regions?: string[];

  @IsInt() @Min(1) @Max(5) minLevel!: number;

  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) eventTypes?: string[];
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(100, { each: true }) keywords?: string[];
  @IsOptional() @IsIn(['any', 'all']) keywordMode?: 'any' | 'all';
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(200, { each: true }) actors?: string[];
  @IsOptional() @IsIn(['any', 'all']) actorMode?: 'any' | 'all';
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(200, { each: true }) sources?: string[];

  /** v1.1: also fire on these signals in the rule's countries / admin-1 (delivered once per signal). */
  @IsOptional() @IsArray() @ArrayMaxSize(3) @IsIn(['surge', 'record', 'breaking'], { each: true, message: 'signals must be "surge", "record" or "breaking"' })
  signals?: ('surge' | 'record' | 'breaking')[];

  @ValidateNested() @Type(() => RuleChannels) channels!: RuleChannels;
  /** Ids of subscribers whose email and webhooks also receive this rule's alerts. */
  @IsOptional() @IsArray() @ArrayMaxSize(100) @Matches(/^s-[\w-]{1,80}$/, { each: true, message: 'subscribers must be subscriber ids such as "s-…"' })
  subscribers?: string[];
  @IsOptional() @ValidateNested() @Type(() => RulePolicy) policy?: RulePolicy;
}

/** A stored rule. */
export class Rule extends RuleInput {
  @IsString() @IsNotEmpty() id!: string;
  @IsString() createdAt!: string;
  /** Id of the API key that owns it (analysts see only their own). */
  @IsOptional() @IsString() ownerKeyId?: string;
}

/** Body of `POST /v1/subscribers`: someone (or some system) that receives alerts. */
export class SubscriberInput {
  @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @IsOptional() @IsEmail({}, { message: 'email must be an email address' }) email?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => WebhookTarget)
  webhooks?: WebhookTarget[];
  /** The subscriber's IANA time zone (for display and as a default for quiet hours). */
  @IsOptional() @IsString() @MaxLength(64) @IsTimeZone({ message: 'timeZone must be an IANA time zone such as "Europe/Berlin"' }) timeZone?: string;
}

/** A stored subscriber. */
export class Subscriber extends SubscriberInput {
  @IsString() @IsNotEmpty() id!: string;
  @IsString() createdAt!: string;
  @IsOptional() @IsString() ownerKeyId?: string;
}
