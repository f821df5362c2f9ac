import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { EventEnvelope } from './envelope';
import { Incident } from './incident.events';

export const SIGNAL_KINDS = ['surge', 'record', 'breaking'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/**
 * Escalation in context (public interface v1.1, `GET /v1/signals`): a place heating up against
 * its own history (surge, record) or one story spreading fast (breaking).
 */
export class SitrepSignal {
  /** Deterministic: `<kind>:<place>:<day>` (`breaking:<incident id>`), so a repeat is recognised. */
  @IsString() @IsNotEmpty() id!: string;
  @IsIn(SIGNAL_KINDS as unknown as string[]) kind!: SignalKind;
  @IsOptional() @IsString() country!: string | null;
  @IsOptional() @IsString() admin1!: string | null;
  @IsOptional() @IsString() admin1Code!: string | null;
  /** Event time (the reports' publishedAt) the signal was raised at. */
  @IsDateString() at!: string;
  /** surge: level ≥ 3 incidents in the last 7 days; record: killed in 30 days; breaking: distinct sources in 30 min. */
  @IsNumber() observed!: number;
  /** surge: weekly mean of the previous 4 weeks; record: highest 30-day killed of the previous 12 months; breaking: the threshold. */
  @IsNumber() baseline!: number;
  @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) incidentIds!: string[];
  @IsString() summary!: string;
}

/** signals, keyed by signal id */
export class SignalEvent extends EventEnvelope {
  @ValidateNested() @Type(() => SitrepSignal) signal!: SitrepSignal;
  /** The latest incident behind the signal, as archived (what an alert shows next to the signal). */
  @IsOptional() @ValidateNested() @Type(() => Incident) incident?: Incident;
}
