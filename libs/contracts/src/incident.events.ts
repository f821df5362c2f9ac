import { Type } from 'class-transformer';
import {
  IsArray, IsDateString, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, Min, ValidateNested,
} from 'class-validator';
import { Casualties, EscalationLevel, GeoPoint } from './classification.types';
import { EventEnvelope } from './envelope';

export class IncidentReport {
  @IsString() articleId!: string;
  @IsString() source!: string;
  @IsString() url!: string;
  @IsString() title!: string;
  @IsDateString() publishedAt!: string;
  @IsOptional() @IsInt() level?: number;
}

export class LevelChange {
  @IsInt() @Min(1) @Max(5) level!: number;
  @IsDateString() at!: string;
  @IsOptional() @IsString() articleId?: string;
}

/** Where a casualty figure came from: the highest reported figure wins, with its report. */
export class CasualtySource {
  @IsOptional() @IsString() killedBy?: string | null;
  @IsOptional() @IsString() injuredBy?: string | null;
}

/** One real-world incident, merged from all the reports about it. Public interface v1. */
export class Incident {
  @IsString() @IsNotEmpty() id!: string;
  @IsInt() @Min(1) @Max(5) level!: EscalationLevel;
  @IsString() eventType!: string;
  @IsOptional() @IsString() subEventType!: string | null;
  @IsArray() @IsString({ each: true }) countries!: string[];
  @ValidateNested() @Type(() => GeoPoint) primary!: GeoPoint;
  @IsOptional() @IsString() region!: string | null;
  @IsOptional() @IsArray() regions?: string[];
  @IsDateString() firstSeen!: string;
  @IsDateString() lastSeen!: string;
  @ValidateNested() @Type(() => Casualties) casualties!: Casualties;
  @IsOptional() @ValidateNested() @Type(() => CasualtySource) casualtySources?: CasualtySource;
  @IsArray() @IsString({ each: true }) actors!: string[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => IncidentReport) reports!: IncidentReport[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => LevelChange) levelHistory!: LevelChange[];
  /** Title of its best report. */
  @IsOptional() @IsString() summary?: string;
  @IsOptional() @IsArray() keywords?: string[];
}

export const INCIDENT_CHANGES = ['opened', 'updated', 'escalated'] as const;
export type IncidentChange = (typeof INCIDENT_CHANGES)[number];

/** incidents, keyed by incident id */
export class IncidentEvent extends EventEnvelope {
  @IsIn(INCIDENT_CHANGES as unknown as string[]) type!: IncidentChange;
  @ValidateNested() @Type(() => Incident) incident!: Incident;
  /** The article that caused this change. */
  @IsString() articleId!: string;
  /** When ingest received that article, for ingest-to-alert latency. */
  @IsDateString() articleReceivedAt!: string;
}
