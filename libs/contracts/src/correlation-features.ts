import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/** Words and weights as parallel arrays (libs/correlation WeightedTerms). */
export class WeightedTermsFeature {
  @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @MaxLength(200, { each: true }) keys!: string[];
  @IsArray() @ArrayMaxSize(200) @IsNumber({}, { each: true }) weights!: number[];
}

/**
 * What the correlator needs from an article's text, computed by the classifier where the text is
 * read (issue 17), so that the full body stops at the classifier: libs/correlation
 * `ReportFeaturesExtractor.textFeatures`. `v` is the extractor's version: a correlator that finds
 * another version computes the features itself from `article.body` (then only the lead).
 */
export class CorrelationFeatures {
  @IsInt() v!: number;
  /** Hash of the normalised body (exact and wire-copy duplicates); null for a text too short to compare. */
  @IsOptional() @IsString() @MaxLength(64) textKey!: string | null;
  /** MinHash LSH bands (near-duplicates). */
  @IsArray() @ArrayMaxSize(64) @IsString({ each: true }) @MaxLength(64, { each: true }) bands!: string[];
  @ValidateNested() @Type(() => WeightedTermsFeature) terms!: WeightedTermsFeature;
  @ValidateNested() @Type(() => WeightedTermsFeature) names!: WeightedTermsFeature;
  /** Full dates stated (YYYY-MM-DD), the event's date ("on …"), the year it is about. */
  @IsArray() @ArrayMaxSize(8) @IsString({ each: true }) @MaxLength(10, { each: true }) dates!: string[];
  @IsOptional() @IsString() @MaxLength(10) eventDate!: string | null;
  @IsOptional() @IsInt() year!: number | null;
}
