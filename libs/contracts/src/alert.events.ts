import { Type } from 'class-transformer';
import {
  IsDateString, IsIn, IsInt, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Max, Min, ValidateNested,
} from 'class-validator';
import { EventEnvelope } from './envelope';
import { Incident } from './incident.events';
import { SitrepSignal } from './signal.events';

export const CHANNELS = ['email', 'webhook'] as const;
export type ChannelKind = (typeof CHANNELS)[number];

/** alerts: one per (rule, incident, level), the decision to tell a rule's subscribers. */
export class AlertEvent extends EventEnvelope {
  /** Deterministic: `${ruleId}:${incidentId}:${level}`, so redelivery cannot make a second one. */
  @IsString() @IsNotEmpty() alertId!: string;
  @IsString() ruleId!: string;
  @IsString() ruleName!: string;
  @IsInt() @Min(1) @Max(5) level!: number;
  @ValidateNested() @Type(() => Incident) incident!: Incident;
  /** Why the rule matched: which countries/regions/keywords/level, and what changed. */
  @IsObject() reason!: Record<string, unknown>;
  @IsDateString() articleReceivedAt!: string;
  /** v1.1: a signal alert (rule `signals`); `incident` is then the latest incident behind it. */
  @IsOptional() @ValidateNested() @Type(() => SitrepSignal) signal?: SitrepSignal;
}

export const DELIVERY_STATUSES = ['sent', 'retrying', 'failed', 'refused'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** deliveries: one record per attempt outcome. */
export class DeliveryEvent extends EventEnvelope {
  @IsString() id!: string;
  @IsString() alertId!: string;
  @IsString() ruleId!: string;
  @IsString() incidentId!: string;
  @IsInt() level!: number;
  @IsIn(CHANNELS as unknown as string[]) channel!: ChannelKind;
  /** Email address, or the webhook URL without query string or credentials. */
  @IsString() target!: string;
  @IsIn(DELIVERY_STATUSES as unknown as string[]) status!: DeliveryStatus;
  @IsInt() @Min(1) attempts!: number;
  @IsOptional() @IsString() lastError!: string | null;
  /** From the article's arrival at ingest to this send. */
  @IsOptional() @IsNumber() latencyMs!: number | null;
}
