import { Type } from 'class-transformer';
import {
  IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min, ValidateNested,
} from 'class-validator';

export type EscalationLevel = 1 | 2 | 3 | 4 | 5;
export const LEVEL_NAMES: Record<EscalationLevel, string> = {
  1: 'routine', 2: 'elevated', 3: 'significant', 4: 'severe', 5: 'critical',
};

/** ACLED event types plus "Not a conflict event". */
export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
  'Not a conflict event',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export class GeoPoint {
  @IsOptional() @IsString() country!: string | null;
  @IsOptional() @IsString() admin1!: string | null;
  /** v1.1: ISO 3166-2 code of admin1 ("IQ-AN"), one per unit whatever the spelling; null when unknown. */
  @IsOptional() @IsString() admin1Code?: string | null;
  /** v1.1: admin-2 (district, county) name, or null. */
  @IsOptional() @IsString() admin2?: string | null;
  @IsOptional() @IsString() city!: string | null;
  @IsOptional() @IsNumber() lat!: number | null;
  @IsOptional() @IsNumber() lon!: number | null;
}

export class PlaceMention {
  @IsString() name!: string;
  /** [start, end) character offsets into `title + "\n" + body`. */
  @IsArray() span!: [number, number];
  @IsOptional() @IsString() country!: string | null;
  @IsOptional() @IsString() admin1!: string | null;
  /** ISO 3166-2 code of admin1, where known. */
  @IsOptional() @IsString() admin1Code?: string | null;
  @IsOptional() @IsString() admin2?: string | null;
  @IsOptional() @IsString() city!: string | null;
  @IsOptional() @IsNumber() lat!: number | null;
  @IsOptional() @IsNumber() lon!: number | null;
  @IsNumber() @Min(0) @Max(1) confidence!: number;
  /** e.g. 'country' | 'admin1' | 'city' | 'site' | 'region' */
  @IsString() kind!: string;
}

export class Signal {
  @IsString() phrase!: string;
  @IsArray() span!: [number, number];
  @IsNumber() weight!: number;
  /** What the signal says: 'level', 'type', 'casualty', 'context', ... */
  @IsString() kind!: string;
}

export class Casualties {
  /** Victims of the event killed. */
  @IsInt() @Min(0) killed!: number;
  @IsInt() @Min(0) injured!: number;
  /**
   * Attackers and armed-group members killed ("troops killed six militants", "two of the
   * kidnappers died"), not counted in `killed`; they still make the event deadly (its level).
   * Optional: events of classifiers before 2026-11-26 do not carry it.
   */
  @IsOptional() @IsInt() @Min(0) perpetratorsKilled?: number;
}

/**
 * How much of an article the classifier read: 'full' (places, primary point, actors; the field is
 * then left out), or 'verdict' for an article it called "Not a conflict event" and did not
 * geotag: its places, countries and actors are then empty, not "none found"; level, type,
 * relevance, signals and casualties are set as always.
 */
export const CLASSIFICATION_DETAILS = ['full', 'verdict'] as const;
export type ClassificationDetail = (typeof CLASSIFICATION_DETAILS)[number];

/** What the classifier says about one article. */
export class Classification {
  @IsArray() @ValidateNested({ each: true }) @Type(() => PlaceMention) places!: PlaceMention[];
  @ValidateNested() @Type(() => GeoPoint) primary!: GeoPoint;
  /** ISO 3166-1 alpha-2, most relevant first. */
  @IsArray() @IsString({ each: true }) countries!: string[];
  /** Macro-region of the primary country: UN M49 sub-region (e.g. "Western Asia"). */
  @IsOptional() @IsString() region!: string | null;
  /** Every grouping the primary country is in: the M49 sub-region and e.g. "Middle East". */
  @IsArray() @IsString({ each: true }) regions!: string[];
  @IsInt() @Min(1) @Max(5) level!: EscalationLevel;
  /**
   * Probability (0-1) that the text reports a real conflict or political-violence event; below the
   * engine's threshold the event type is "Not a conflict event" (issue 15). Optional: events of
   * classifiers before 2026-12-06 do not carry it.
   */
  @IsOptional() @IsNumber() @Min(0) @Max(1) relevance?: number;
  /** The features that weighed most for the relevance decision, e.g. `"football" −1.20`. */
  @IsOptional() @IsArray() @IsString({ each: true }) relevanceReasons?: string[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => Signal) signals!: Signal[];
  @IsIn(EVENT_TYPES as unknown as string[]) eventType!: EventType;
  @IsOptional() @IsString() subEventType!: string | null;
  @IsArray() @IsString({ each: true }) actors!: string[];
  @ValidateNested() @Type(() => Casualties) casualties!: Casualties;
  @IsArray() @IsString({ each: true }) weapons!: string[];
  @IsArray() @IsString({ each: true }) targets!: string[];
  /** Detected language (ISO 639-1) and whether the engine could read it. */
  @IsString() language!: string;
  @IsOptional() languageSupported?: boolean;
  /** Engine name and version, e.g. "baseline-0" or "sitrep-1". */
  @IsString() engine!: string;
  /** See CLASSIFICATION_DETAILS. */
  @IsOptional() @IsIn(CLASSIFICATION_DETAILS as unknown as string[]) detail?: ClassificationDetail;
}
