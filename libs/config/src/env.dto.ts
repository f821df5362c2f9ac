import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toList = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : String(value).split(/[\s,]+/).filter(Boolean);

/** Every environment variable Sitrep reads. Nothing else in the code base reads process.env. */
export class EnvVars {
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() @Matches(/^[^,\s]+(,[^,\s]+)*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port…]' }) KAFKA_BROKERS?: string;
  @IsOptional() @IsString() @Matches(/^[a-z0-9._-]*$/i) KAFKA_TOPIC_PREFIX?: string;
  @IsOptional() @IsString() @Matches(/^[a-z0-9._-]*$/i) KAFKA_GROUP_PREFIX?: string;
  /** TLS to the brokers; KAFKA_SSL_CA_FILE adds a CA (PEM) to the trusted ones (a private CA). */
  @IsOptional() @Transform(toBool) @IsBoolean() KAFKA_SSL?: boolean;
  @IsOptional() @IsString() KAFKA_SSL_CA_FILE?: string;
  @IsOptional() @IsIn(['plain', 'scram-sha-256', 'scram-sha-512']) KAFKA_SASL_MECHANISM?: 'plain' | 'scram-sha-256' | 'scram-sha-512';
  @IsOptional() @IsString() KAFKA_SASL_USERNAME?: string;
  @IsOptional() @IsString() KAFKA_SASL_PASSWORD?: string;
  @IsOptional() @IsString() @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' }) REDIS_URL?: string;
  @IsOptional() @IsString() @Matches(/^[a-z0-9:_-]*$/i) REDIS_PREFIX?: string;
  /** Seed nodes of a Redis Cluster (`host:port,host:port`); REDIS_URL then gives only user, password and TLS. */
  @IsOptional() @Transform(toList) @Matches(/^[^:\s]+:\d{1,5}$/, { each: true, message: 'REDIS_CLUSTER_NODES must be host:port[,host:port…]' }) REDIS_CLUSTER_NODES?: string[];
  @IsOptional() @IsString() @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must start with smtp:// or smtps://' }) SMTP_URL?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) SMTP_DEV_PORT?: number;
  @IsOptional() @IsString() SMTP_FROM?: string;
  @IsOptional() @IsString() SITREP_ADMIN_KEY?: string;
  @IsOptional() @Transform(toBool) @IsBoolean() WEBHOOK_ALLOW_PRIVATE_TARGETS?: boolean;
  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(120000) WEBHOOK_TIMEOUT_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(20) DELIVERY_MAX_ATTEMPTS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) DELIVERY_BACKOFF_BASE_MS?: number;
  @IsOptional() @IsIn(['on', 'off']) SITREP_SAMPLE?: 'on' | 'off';
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(100 * 1024 * 1024) INGEST_MAX_BODY_BYTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(60) INCIDENT_WINDOW_SECONDS?: number;
  /** RSS/Atom feed URLs, separated by commas or spaces. */
  @IsOptional() @Transform(toList) @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { each: true }) SITREP_FEEDS?: string[];
  @IsOptional() @Transform(toInt) @IsInt() @Min(10) SITREP_FEED_INTERVAL_SECONDS?: number;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug']) LOG_LEVEL?: string;
  @IsOptional() @IsString() SITREP_PUBLIC_URL?: string;
  /** PostgreSQL of the archive (v1.1); default the local server's `sitrep` database. */
  @IsOptional() @IsString() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must start with postgres:// or postgresql://' }) DATABASE_URL?: string;
  /** Incidents whose last report is older than this many days are deleted from the archive (rollups stay). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(36500) ARCHIVE_RETENTION_DAYS?: number;
  /** Stages `dist/main.js` runs when given none on its command line (commas or spaces; `all` = every stage). */
  @IsOptional() @Transform(toList) @Matches(/^[a-z0-9-]+$/, { each: true, message: 'SITREP_STAGES must be stage names (ingest, classifier, …, or all)' }) SITREP_STAGES?: string[];
  /** Where the classifier keeps its built gazetteer; default node_modules/.cache/sitrep. */
  @IsOptional() @IsString() @Matches(/\S/, { message: 'SITREP_CACHE_DIR must name a directory' }) SITREP_CACHE_DIR?: string;
  /** `off`: the classifier builds its gazetteer at every start instead of reading the cached one. */
  @IsOptional() @IsIn(['on', 'off']) SITREP_GAZETTEER_CACHE?: 'on' | 'off';
}
