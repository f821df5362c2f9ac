import { IsDateString, IsInt, IsNotEmpty, IsString, Max, Min } from 'class-validator';

/**
 * Fields every event carries. `correlationId` follows one article from ingest to its incident,
 * alerts and deliveries, so one id finds every log line and event it caused.
 */
export abstract class EventEnvelope {
  @IsString() @IsNotEmpty() eventId!: string;
  @IsDateString() occurredAt!: string;
  @IsInt() @Min(1) @Max(1) schemaVersion!: number;
  @IsString() @IsNotEmpty() correlationId!: string;
}
