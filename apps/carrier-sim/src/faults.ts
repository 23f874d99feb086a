import { createHash } from 'node:crypto';
import type { Validated, ValidationIssue } from './booking-request.validation';
import { CARRIER_CODES, isCarrierCode, type CarrierCode } from '@corridor/domain';

/** Milestones after which a parcel can go missing. */
export const LOST_AFTER_CODES = ['departed_origin', 'in_transit'] as const;
export type LostAfterCode = (typeof LOST_AFTER_CODES)[number];

/** How badly one carrier misbehaves. Every field has a harmless default. */
export interface FaultSettings {
  /** Share (0–1) of booking requests answered `503 UNAVAILABLE` without doing anything. */
  bookingErrorRate: number;
  /** Share (0–1) of booking requests processed normally but answered only after `timeoutMs`. */
  bookingTimeoutRate: number;
  /** How long a timed-out booking response is held; longer than Corridor's 10 s client timeout. */
  timeoutMs: number;
  /** Push every tracking event twice (same eventId, same body). */
  duplicateEvents: boolean;
  /** Hold a journey's events back in batches of `shuffleBatchSize`, then push each batch shuffled. */
  shuffleEvents: boolean;
  shuffleBatchSize: number;
  /** After `arrived_destination`, push `customs_hold` and wait `customsHoldSteps` steps before `customs_cleared`. */
  customsHold: boolean;
  customsHoldSteps: number;
  /** After `lostAfter`, push `exception` "parcel lost" and end the journey. */
  lostParcel: boolean;
  lostAfter: LostAfterCode;
}

/** What a journey needs to know of the faults, frozen at handover and persisted with the booking. */
export type JourneyFaults = Pick<
  FaultSettings,
  | 'duplicateEvents'
  | 'shuffleEvents'
  | 'shuffleBatchSize'
  | 'customsHold'
  | 'customsHoldSteps'
  | 'lostParcel'
  | 'lostAfter'
> & { seed: number };

/** The body of `PUT /sandbox/faults` and the answer of `GET /sandbox/faults`. */
export interface FaultConfig {
  /** Makes every random decision (which request fails, how a batch is shuffled) reproducible. */
  seed: number;
  /** Applies to every carrier; fields left out keep their defaults. */
  all: FaultSettings;
  /** Per-carrier overrides of `all`. */
  carriers: Partial<Record<CarrierCode, Partial<FaultSettings>>>;
}

export const DEFAULT_FAULT_SETTINGS: Readonly<FaultSettings> = Object.freeze({
  bookingErrorRate: 0,
  bookingTimeoutRate: 0,
  timeoutMs: 15_000,
  duplicateEvents: false,
  shuffleEvents: false,
  shuffleBatchSize: 3,
  customsHold: false,
  customsHoldSteps: 2,
  lostParcel: false,
  lostAfter: 'in_transit',
});

export const NO_FAULTS: Readonly<FaultConfig> = Object.freeze({ seed: 1, all: DEFAULT_FAULT_SETTINGS, carriers: {} });

const SETTING_FIELDS = Object.keys(DEFAULT_FAULT_SETTINGS) as Array<keyof FaultSettings>;
const RATE_FIELDS = ['bookingErrorRate', 'bookingTimeoutRate'] as const;
const FLAG_FIELDS = ['duplicateEvents', 'shuffleEvents', 'customsHold', 'lostParcel'] as const;
const INTEGER_FIELDS: Readonly<Record<'timeoutMs' | 'shuffleBatchSize' | 'customsHoldSteps', [number, number]>> = {
  timeoutMs: [1, 600_000],
  shuffleBatchSize: [2, 20],
  customsHoldSteps: [1, 100],
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateSettings(value: unknown, field: string, issues: ValidationIssue[]): Partial<FaultSettings> {
  if (!isPlainObject(value)) {
    issues.push({ field, issue: 'must be a JSON object' });
    return {};
  }
  const settings: Partial<FaultSettings> = {};
  for (const [key, raw] of Object.entries(value)) {
    const at = `${field}.${key}`;
    if (!(SETTING_FIELDS as string[]).includes(key)) {
      issues.push({ field: at, issue: 'is not an allowed field' });
    } else if ((RATE_FIELDS as readonly string[]).includes(key)) {
      if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || raw > 1)
        issues.push({ field: at, issue: 'must be a number from 0 to 1' });
      else settings[key as (typeof RATE_FIELDS)[number]] = raw;
    } else if ((FLAG_FIELDS as readonly string[]).includes(key)) {
      if (typeof raw !== 'boolean') issues.push({ field: at, issue: 'must be true or false' });
      else settings[key as (typeof FLAG_FIELDS)[number]] = raw;
    } else if (key === 'lostAfter') {
      if (!(LOST_AFTER_CODES as readonly unknown[]).includes(raw))
        issues.push({ field: at, issue: `must be one of ${LOST_AFTER_CODES.join(', ')}` });
      else settings.lostAfter = raw as LostAfterCode;
    } else {
      const [min, max] = INTEGER_FIELDS[key as keyof typeof INTEGER_FIELDS];
      if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > max)
        issues.push({ field: at, issue: `must be an integer from ${min} to ${max}` });
      else settings[key as keyof typeof INTEGER_FIELDS] = raw;
    }
  }
  return settings;
}

/**
 * Validates a fault configuration (`{ seed?, all?, carriers? }`), filling in defaults. A PUT
 * replaces the whole configuration, so `{}` switches every fault off.
 */
export function validateFaultConfig(body: unknown): Validated<FaultConfig> {
  const issues: ValidationIssue[] = [];
  if (!isPlainObject(body)) return { ok: false, issues: [{ field: 'body', issue: 'must be a JSON object' }] };
  for (const key of Object.keys(body)) {
    if (!['seed', 'all', 'carriers'].includes(key)) issues.push({ field: key, issue: 'is not an allowed field' });
  }
  const seed = body.seed ?? NO_FAULTS.seed;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0)
    issues.push({ field: 'seed', issue: 'must be a non-negative integer' });
  const all = {
    ...DEFAULT_FAULT_SETTINGS,
    ...(body.all === undefined ? {} : validateSettings(body.all, 'all', issues)),
  };
  const carriers: FaultConfig['carriers'] = {};
  if (body.carriers !== undefined) {
    if (!isPlainObject(body.carriers)) issues.push({ field: 'carriers', issue: 'must be a JSON object' });
    else {
      for (const [code, value] of Object.entries(body.carriers)) {
        if (!isCarrierCode(code)) {
          issues.push({
            field: `carriers.${code}`,
            issue: `is not a carrier (${CARRIER_CODES.join(', ')})`,
          });
        } else carriers[code] = validateSettings(value, `carriers.${code}`, issues);
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const config: FaultConfig = { seed: seed as number, all, carriers };
  for (const code of CARRIER_CODES) {
    const { bookingErrorRate, bookingTimeoutRate } = effectiveFaults(config, code);
    if (bookingErrorRate + bookingTimeoutRate > 1) {
      issues.push({
        field: config.carriers[code] ? `carriers.${code}` : 'all',
        issue: `bookingErrorRate + bookingTimeoutRate must not exceed 1 (for ${code})`,
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: config };
}

/** The settings that apply to `carrier`: its overrides on top of `all`. */
export function effectiveFaults(config: FaultConfig, carrier: CarrierCode): FaultSettings {
  return { ...config.all, ...config.carriers[carrier] };
}

export function journeyFaults(config: FaultConfig, carrier: CarrierCode): JourneyFaults {
  const s = effectiveFaults(config, carrier);
  return {
    seed: config.seed,
    duplicateEvents: s.duplicateEvents,
    shuffleEvents: s.shuffleEvents,
    shuffleBatchSize: s.shuffleBatchSize,
    customsHold: s.customsHold,
    customsHoldSteps: s.customsHoldSteps,
    lostParcel: s.lostParcel,
    lostAfter: s.lostAfter,
  };
}

/** A number in [0, 1) that depends only on its inputs, so a fault sequence replays exactly. */
export function deterministicFraction(...parts: Array<string | number>): number {
  const digest = createHash('sha256').update(parts.join('\n')).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

export type BookingFault = 'error' | 'timeout' | null;

/**
 * Which fault, if any, hits the `requestNumber`-th booking request (1-based) a carrier
 * received since the faults were set. Over many requests the shares approach the rates.
 */
export function bookingFault(params: {
  seed: number;
  carrier: CarrierCode;
  requestNumber: number;
  settings: Pick<FaultSettings, 'bookingErrorRate' | 'bookingTimeoutRate'>;
}): BookingFault {
  const { seed, carrier, requestNumber, settings } = params;
  const roll = deterministicFraction(seed, carrier, 'booking', requestNumber);
  if (roll < settings.bookingErrorRate) return 'error';
  if (roll < settings.bookingErrorRate + settings.bookingTimeoutRate) return 'timeout';
  return null;
}

/**
 * The order in which the `size` events of one batch are pushed: a seeded Fisher–Yates
 * shuffle, never the natural order (a shuffle that changed nothing would hide the fault).
 */
export function shuffledOrder(params: { seed: number; bookingId: string; batch: number; size: number }): number[] {
  const { seed, bookingId, batch, size } = params;
  const order = Array.from({ length: size }, (_, i) => i);
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(deterministicFraction(seed, bookingId, batch, i) * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  if (size > 1 && order.every((value, i) => value === i)) order.reverse();
  return order;
}
