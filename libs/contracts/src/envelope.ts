import { randomUUID } from 'node:crypto';
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

/** The envelope fields of a new event: a fresh id, now, schema version 1, the correlation id it follows. */
export function newEnvelope(correlationId: string, occurredAt = new Date().toISOString()): EventEnvelope {
  return { eventId: randomUUID(), occurredAt, schemaVersion: 1, correlationId };
}
