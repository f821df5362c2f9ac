import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { EVENT_TYPES } from '@sitrep/contracts';

/** Filters of GET /v1/incidents and its export (v1.1: q, admin1, eventType, from, to, cursor). */
export class IncidentFilterQuery {
  @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as "IQ"' }) country?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(5) minLevel?: number;
  /** Full text over summary, titles, places and actors (web-search syntax). */
  @IsOptional() @IsString() @MaxLength(200, { message: 'q must be at most 200 characters' }) q?: string;
  /** admin-1 name ("Al Anbar") or ISO 3166-2 code ("IQ-AN"). */
  @IsOptional() @IsString() @MaxLength(100, { message: 'admin1 must be at most 100 characters' }) admin1?: string;
  @IsOptional() @IsIn(EVENT_TYPES as unknown as string[], { message: `eventType must be one of: ${EVENT_TYPES.join(', ')}` }) eventType?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' }) to?: string;
}

export class IncidentsQuery extends IncidentFilterQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  /** `nextCursor` of the previous page. */
  @IsOptional() @IsString() @MaxLength(500) @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a nextCursor this API returned' }) cursor?: string;
}

export class IncidentExportQuery extends IncidentFilterQuery {
  @IsIn(['csv', 'geojson'], { message: 'format must be "csv" or "geojson"' }) format!: 'csv' | 'geojson';
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50_000) limit?: number;
}
