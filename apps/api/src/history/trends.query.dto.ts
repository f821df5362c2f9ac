import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EVENT_TYPES, SIGNAL_KINDS } from '@sitrep/contracts';

export class TrendsQueryDto {
  @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as "IQ"' }) country?: string;
  @IsOptional() @IsString() @MaxLength(100, { message: 'admin1 must be at most 100 characters' }) admin1?: string;
  @IsOptional() @IsIn(EVENT_TYPES as unknown as string[], { message: `eventType must be one of: ${EVENT_TYPES.join(', ')}` }) eventType?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' }) to?: string;
  @IsOptional() @IsIn(['day', 'week'], { message: 'interval must be "day" or "week"' }) interval?: 'day' | 'week';
}

export class SignalsQueryDto {
  @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as "IQ"' }) country?: string;
  @IsOptional() @IsString() @MaxLength(100, { message: 'admin1 must be at most 100 characters' }) admin1?: string;
  @IsOptional() @IsIn(SIGNAL_KINDS as unknown as string[], { message: 'kind must be "surge", "record" or "breaking"' }) kind?: 'surge' | 'record' | 'breaking';
  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' }) to?: string;
}
