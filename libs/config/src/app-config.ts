import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsJSON,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import { CARRIER_CODES } from '@corridor/domain';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === 'true' ? true : value === 'false' ? false : value;
const url = { require_tld: false, require_protocol: true };

/**
 * The environment as raw variables, validated once at boot. Defaults that follow from
 * other variables (PUBLIC_URL, CARRIER_SIM_URL from PORT) are resolved in {@link AppConfig}.
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65534)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @IsUrl({ ...url, protocols: ['postgres', 'postgresql'] })
  DATABASE_URL?: string;

  @IsOptional()
  @IsUrl({ ...url, protocols: ['redis', 'rediss'] })
  REDIS_URL?: string;

  @IsOptional()
  @IsString()
  @Matches(/^\S{24,}$/, { message: 'ADMIN_API_KEY must be at least 24 characters without spaces' })
  ADMIN_API_KEY?: string;

  @IsOptional()
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsUrl({ ...url, protocols: ['http', 'https'] })
  CARRIER_SIM_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  CARRIER_SIM_STEP_MS?: number;

  /** Sandbox carriers only: faults to inject, as JSON (see the README); the sim checks the shape. */
  @IsOptional()
  @IsJSON({ message: 'CARRIER_SIM_FAULTS must be a JSON object such as {"all":{"bookingErrorRate":0.3}}' })
  CARRIER_SIM_FAULTS?: string;

  @IsOptional()
  @Matches(/^([a-z0-9-]+=\S+)(,[a-z0-9-]+=\S+)*$/, {
    message: 'CARRIER_SECRETS must look like "iposita-ems=secret1,express=secret2,air-cargo=secret3"',
  })
  CARRIER_SECRETS?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_PUBLIC?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE?: boolean;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  WEBHOOK_ATTEMPTS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  WEBHOOK_BACKOFF_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS?: number;

  /**
   * Behind proxies you run: how many hops to trust (`1`), or their addresses or CIDRs
   * (`10.0.0.0/8,127.0.0.1`). Then X-Forwarded-For gives client addresses for rate limits.
   */
  @IsOptional()
  @Matches(/^(false|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, {
    message: 'TRUST_PROXY must be a hop count such as 1, or proxy addresses/CIDRs such as 10.0.0.0/8,127.0.0.1',
  })
  TRUST_PROXY?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(500)
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'QUEUE_PREFIX must be 1-64 of A-Z a-z 0-9 _ -' })
  QUEUE_PREFIX?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  WORKER_CONCURRENCY?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  OUTBOX_POLL_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  JOB_ATTEMPTS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600_000)
  JOB_BACKOFF_MS?: number;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'silent'])
  LOG_LEVEL?: string;

  /** Where a worker serves `/metrics` and `/health/*`; unset, a worker started alone serves nothing. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_PORT?: number;

  /** A bearer token `/metrics` requires (API and workers); unset, `/metrics` is open. */
  @IsOptional()
  @Matches(/^[\x21-\x7e]{16,256}$/, { message: 'METRICS_TOKEN must be 16-256 printable characters without spaces' })
  METRICS_TOKEN?: string;

  /** Units of each currency per SDR, for the CN22/CN23 choice: `USD=1.36,CNY=9.70,RWF=1950`. */
  @IsOptional()
  @Matches(/^(USD|CNY|RWF)=\d{1,7}(\.\d{1,6})?(,(USD|CNY|RWF)=\d{1,7}(\.\d{1,6})?)*$/, {
    message: 'SDR_RATES must look like "USD=1.36,CNY=9.70,RWF=1950" (units of each currency per SDR)',
  })
  SDR_RATES?: string;

  /** Freshippo's importing entity, named on the invoice, declaration and CN23. */
  @IsOptional()
  @IsString()
  @Matches(/^.{2,200}$/s, { message: 'IMPORTER_OF_RECORD_NAME must be 2-200 characters' })
  IMPORTER_OF_RECORD_NAME?: string;

  @IsOptional()
  @IsString()
  @Matches(/^.{2,500}$/s, { message: 'IMPORTER_OF_RECORD_ADDRESS must be 2-500 characters' })
  IMPORTER_OF_RECORD_ADDRESS?: string;

  /** How long one call to a carrier's API may take before it counts as failed (and is retried). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  CARRIER_TIMEOUT_MS?: number;

  /** The highest declared value of one EMS parcel, in SDR; a shipment with a parcel above it is not postal. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  POSTAL_MAX_PARCEL_VALUE_SDR?: number;

  /** The heaviest parcel the courier takes, in kg; heavier parcels go by air cargo. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  COURIER_MAX_PARCEL_KG?: number;

  /** How often the worker looks for shipments the carriers have gone quiet about. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(86_400_000)
  TRACKING_POLL_INTERVAL_MS?: number;

  /** How long without news from the carrier before a shipment's tracking is polled. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(30 * 86_400_000)
  TRACKING_STALE_AFTER_MS?: number;
}

/** Thrown when the environment does not validate; the message names each bad variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

/** The validated configuration every app and lib reads; nothing else reads process.env. */
export class AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly adminApiKey: string | undefined;
  readonly publicUrl: string;
  readonly carrierSimUrl: string;
  readonly carrierSimStepMs: number;
  /** Raw JSON of the sandbox carriers' fault injection; undefined for none. */
  readonly carrierSimFaults: string | undefined;
  readonly carrierSecrets: Readonly<Record<string, string>>;
  readonly rateLimitPublic: number;
  readonly webhookAllowPrivate: boolean;
  /** Attempts per webhook delivery, the first included. */
  readonly webhookAttempts: number;
  /** The first retry's delay; each next one doubles. */
  readonly webhookBackoffMs: number;
  readonly webhookTimeoutMs: number;
  /** False, a hop count, or the proxies' addresses: never `true`, which would trust any client. */
  readonly trustProxy: false | number | string;
  readonly databasePoolSize: number;
  readonly dataDir: string;
  readonly queuePrefix: string;
  readonly workerConcurrency: number;
  readonly outboxPollMs: number;
  readonly jobAttempts: number;
  readonly jobBackoffMs: number;
  readonly logLevel: string;
  /** The worker's ops listener (`/metrics`, `/health/*`); undefined: none. */
  readonly workerPort: number | undefined;
  readonly metricsToken: string | undefined;
  /** Units of each currency per SDR (decimal strings), for the CN22/CN23 choice. */
  readonly sdrRates: Readonly<Record<'USD' | 'CNY' | 'RWF', string>>;
  readonly importerOfRecord: { name: string; address: string };
  readonly carrierTimeoutMs: number;
  /** The highest declared value of one postal (EMS) parcel, in SDR. */
  readonly postalMaxParcelValueSdr: number;
  /** The heaviest courier parcel, in kg. */
  readonly courierMaxParcelKg: number;
  readonly trackingPollIntervalMs: number;
  readonly trackingStaleAfterMs: number;

  private constructor(env: EnvironmentVariables) {
    this.nodeEnv = (env.NODE_ENV as AppConfig['nodeEnv']) ?? 'development';
    this.port = env.PORT ?? 3000;
    this.host = env.HOST ?? '0.0.0.0';
    this.databaseUrl = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/corridor';
    this.redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    this.adminApiKey = env.ADMIN_API_KEY;
    this.publicUrl = stripSlash(env.PUBLIC_URL ?? `http://127.0.0.1:${this.port}`);
    this.carrierSimUrl = stripSlash(env.CARRIER_SIM_URL ?? `http://127.0.0.1:${this.port + 1}`);
    this.carrierSimStepMs = env.CARRIER_SIM_STEP_MS ?? 5000;
    this.carrierSimFaults = env.CARRIER_SIM_FAULTS;
    this.carrierSecrets = parseSecrets(env.CARRIER_SECRETS);
    this.rateLimitPublic = env.RATE_LIMIT_PUBLIC ?? 60;
    this.webhookAllowPrivate = env.WEBHOOK_ALLOW_PRIVATE ?? false;
    // 30 s doubling over 13 attempts: the last retry comes about 34 h after the first try.
    this.webhookAttempts = env.WEBHOOK_ATTEMPTS ?? 13;
    this.webhookBackoffMs = env.WEBHOOK_BACKOFF_MS ?? 30_000;
    this.webhookTimeoutMs = env.WEBHOOK_TIMEOUT_MS ?? 10_000;
    this.trustProxy = parseTrustProxy(env.TRUST_PROXY);
    this.databasePoolSize = env.DATABASE_POOL_SIZE ?? 20;
    this.dataDir = env.DATA_DIR ?? '.data';
    this.queuePrefix = env.QUEUE_PREFIX ?? 'corridor';
    this.workerConcurrency = env.WORKER_CONCURRENCY ?? 4;
    this.outboxPollMs = env.OUTBOX_POLL_MS ?? 1000;
    this.jobAttempts = env.JOB_ATTEMPTS ?? 8;
    this.jobBackoffMs = env.JOB_BACKOFF_MS ?? 1000;
    this.logLevel = env.LOG_LEVEL ?? (this.nodeEnv === 'test' ? 'warn' : 'info');
    this.workerPort = env.WORKER_PORT;
    this.metricsToken = env.METRICS_TOKEN;
    // IMF rates of late 2026, rounded; set SDR_RATES from the IMF's daily table in production.
    this.sdrRates = { USD: '1.36', CNY: '9.70', RWF: '1950', ...parsePairs(env.SDR_RATES) };
    this.importerOfRecord = {
      name: env.IMPORTER_OF_RECORD_NAME ?? 'Shanghai Hema Network Technology Co., Ltd. 上海盒马网络科技有限公司',
      address: env.IMPORTER_OF_RECORD_ADDRESS ?? 'Shanghai, China\n中国上海市',
    };
    this.carrierTimeoutMs = env.CARRIER_TIMEOUT_MS ?? 10_000;
    // The UPU Parcel Post Regulations let a postal operator cap a parcel's declared value, but at
    // no less than 4,000 SDR: the highest value both Iposita and China Post must take. Set it
    // from Iposita's EMS terms where they publish a different cap.
    this.postalMaxParcelValueSdr = env.POSTAL_MAX_PARCEL_VALUE_SDR ?? 4000;
    this.courierMaxParcelKg = env.COURIER_MAX_PARCEL_KG ?? 70;
    this.trackingPollIntervalMs = env.TRACKING_POLL_INTERVAL_MS ?? 5 * 60_000;
    this.trackingStaleAfterMs = env.TRACKING_STALE_AFTER_MS ?? 2 * 3_600_000;
  }

  /** Validates a raw environment (process.env by default); throws {@link ConfigValidationError}. */
  static fromEnv(raw: Record<string, string | undefined> = process.env): AppConfig {
    const env = plainToInstance(EnvironmentVariables, raw, { excludeExtraneousValues: false });
    const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: false });
    if (errors.length > 0) {
      throw new ConfigValidationError(
        errors.map(
          (e) =>
            `${e.property}=${shown(e.property, raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
        ),
      );
    }
    const config = new AppConfig(env);
    const missing = CARRIER_CODES.filter((code) => !config.carrierSecret(code));
    if (config.nodeEnv === 'production' && missing.length > 0) {
      throw new ConfigValidationError([
        `CARRIER_SECRETS must name a secret for ${missing.join(', ')} when NODE_ENV=production`,
      ]);
    }
    return config;
  }

  /** Loads the environment or stops the process with a message naming each bad variable. */
  static loadOrExit(): AppConfig {
    try {
      return AppConfig.fromEnv();
    } catch (error) {
      if (error instanceof ConfigValidationError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(78); // EX_CONFIG
      }
      throw error;
    }
  }

  /** The secret of a carrier, or undefined: a carrier without one can neither be booked nor push events. */
  carrierSecret(code: string): string | undefined {
    return Object.hasOwn(this.carrierSecrets, code) ? this.carrierSecrets[code] : undefined;
  }
}

/** Variables whose values are secrets: a refusal names them, but never repeats the value. */
const SECRET_VARIABLES = new Set(['ADMIN_API_KEY', 'CARRIER_SECRETS', 'METRICS_TOKEN', 'SECRETS_KEY']);

function shown(name: string, value: string | undefined): string {
  if (SECRET_VARIABLES.has(name) && value !== undefined) return `(hidden, ${value.length} characters)`;
  return JSON.stringify(value);
}

function stripSlash(value: string): string {
  return value.replace(/\/+$/, '');
}

function parseTrustProxy(raw: string | undefined): false | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function parsePairs(raw: string | undefined): Record<string, string> {
  return Object.fromEntries((raw ? raw.split(',') : []).map((pair) => pair.split('=') as [string, string]));
}

/** `code=secret,…`; there are no default secrets, since anyone could forge events with them. */
function parseSecrets(raw: string | undefined): Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const pair of raw ? raw.split(',') : []) {
    const at = pair.indexOf('=');
    secrets[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return secrets;
}
