import type { BookingRequest, Destination, PackageSpec, Place } from './booking';

export interface ValidationIssue {
  field: string;
  issue: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Decimal strings as the contract sends them: up to 7 integer digits and 3 decimals. */
const DECIMAL = /^\d{1,7}(?:\.\d{1,3})?$/;
const COUNTRY = /^[A-Z]{2}$/;
const IATA_AIRPORT = /^[A-Z]{3}$/;
const MAX_PACKAGES = 99;

/** Parses a decimal kg string into integer grams (exact, unlike floats). */
export function kgToGrams(value: string): number {
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
}

/** Collects every problem with one pass instead of stopping at the first. */
class Checker {
  readonly issues: ValidationIssue[] = [];

  fail(field: string, issue: string): void {
    this.issues.push({ field, issue });
  }

  object(value: unknown, field: string, allowed: readonly string[]): Record<string, unknown> | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(field || 'body', 'must be a JSON object');
      return null;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(join(field, key), 'is not an allowed field');
    }
    return value as Record<string, unknown>;
  }

  string(value: unknown, field: string, opts: { max: number; pattern?: RegExp; hint?: string }): string | undefined {
    if (typeof value !== 'string') {
      this.fail(field, value === undefined ? 'is required' : 'must be a string');
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > opts.max) {
      this.fail(field, `must be 1-${opts.max} characters`);
      return undefined;
    }
    if (opts.pattern && !opts.pattern.test(trimmed)) {
      this.fail(field, opts.hint ?? `must match ${opts.pattern}`);
      return undefined;
    }
    return trimmed;
  }

  optionalString(
    value: unknown,
    field: string,
    opts: { max: number; pattern?: RegExp; hint?: string },
  ): string | undefined {
    return value === undefined ? undefined : this.string(value, field, opts);
  }

  positiveDecimal(value: unknown, field: string, unit: string): string | undefined {
    const text = this.string(value, field, {
      max: 16,
      pattern: DECIMAL,
      hint: `must be a decimal string in ${unit} with up to 3 decimals, such as "12.500"`,
    });
    if (text === undefined) return undefined;
    if (kgToGrams(text) === 0) {
      this.fail(field, 'must be greater than 0');
      return undefined;
    }
    return text;
  }
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

/** Checks a booking body; unknown fields are refused so a client's typo shows up at once. */
export function validateBookingRequest(body: unknown, maxPackageGrams: number | null): Validated<BookingRequest> {
  const c = new Checker();
  const root = c.object(body, '', ['reference', 'packages', 'origin', 'destination']);
  if (!root) return { ok: false, issues: c.issues };

  const reference = c.string(root.reference, 'reference', { max: 255 });

  const packages: PackageSpec[] = [];
  if (!Array.isArray(root.packages)) {
    c.fail('packages', root.packages === undefined ? 'is required' : 'must be an array');
  } else if (root.packages.length < 1 || root.packages.length > MAX_PACKAGES) {
    c.fail('packages', `must hold 1-${MAX_PACKAGES} packages`);
  } else {
    root.packages.forEach((raw, i) => {
      const field = `packages[${i}]`;
      const p = c.object(raw, field, ['reference', 'grossWeightKg', 'lengthCm', 'widthCm', 'heightCm']);
      if (!p) return;
      const spec = {
        reference: c.string(p.reference, `${field}.reference`, { max: 64 }),
        grossWeightKg: c.positiveDecimal(p.grossWeightKg, `${field}.grossWeightKg`, 'kg'),
        lengthCm: c.positiveDecimal(p.lengthCm, `${field}.lengthCm`, 'cm'),
        widthCm: c.positiveDecimal(p.widthCm, `${field}.widthCm`, 'cm'),
        heightCm: c.positiveDecimal(p.heightCm, `${field}.heightCm`, 'cm'),
      };
      if (
        spec.grossWeightKg !== undefined &&
        maxPackageGrams !== null &&
        kgToGrams(spec.grossWeightKg) > maxPackageGrams
      ) {
        c.fail(`${field}.grossWeightKg`, `exceeds this carrier's limit of ${maxPackageGrams / 1000} kg per package`);
      }
      if (Object.values(spec).every((v) => v !== undefined)) packages.push(spec as PackageSpec);
    });
    const refs = packages.map((p) => p.reference);
    if (new Set(refs).size !== refs.length) c.fail('packages', 'package references must be unique');
  }

  let origin: Place | undefined;
  const o = c.object(root.origin, 'origin', ['city', 'country']);
  if (o) {
    const city = c.string(o.city, 'origin.city', { max: 100 });
    // The sandbox carriers are Rwandan accounts: they only collect in Rwanda.
    const country = c.string(o.country, 'origin.country', {
      max: 2,
      pattern: /^RW$/,
      hint: 'must be "RW": these carriers collect in Rwanda',
    });
    if (city !== undefined && country !== undefined) origin = { city, country };
  }

  let destination: Destination | undefined;
  const d = c.object(root.destination, 'destination', ['city', 'country', 'airport', 'storeCode']);
  if (d) {
    const city = c.string(d.city, 'destination.city', { max: 100 });
    const country = c.string(d.country, 'destination.country', {
      max: 2,
      pattern: COUNTRY,
      hint: 'must be an ISO 3166-1 alpha-2 code such as "CN"',
    });
    const airport = c.optionalString(d.airport, 'destination.airport', {
      max: 3,
      pattern: IATA_AIRPORT,
      hint: 'must be a 3-letter IATA code such as "PVG"',
    });
    const storeCode = c.optionalString(d.storeCode, 'destination.storeCode', { max: 64 });
    if (city !== undefined && country !== undefined) {
      destination = {
        city,
        country,
        ...(airport !== undefined && { airport }),
        ...(storeCode !== undefined && { storeCode }),
      };
    }
  }

  if (c.issues.length > 0 || reference === undefined || origin === undefined || destination === undefined) {
    return { ok: false, issues: c.issues };
  }
  return { ok: true, value: { reference, packages, origin, destination } };
}

export interface HandoverRequest {
  receiptNumber: string | null;
  handedOverAt: string | null;
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Checks a handover body; an absent body means "now, no receipt". */
export function validateHandoverRequest(body: unknown): Validated<HandoverRequest> {
  if (body === undefined || body === null) return { ok: true, value: { receiptNumber: null, handedOverAt: null } };
  const c = new Checker();
  const root = c.object(body, '', ['receiptNumber', 'handedOverAt']);
  if (!root) return { ok: false, issues: c.issues };
  const receiptNumber = c.optionalString(root.receiptNumber, 'receiptNumber', { max: 64 });
  let handedOverAt: string | null = null;
  const at = c.optionalString(root.handedOverAt, 'handedOverAt', {
    max: 40,
    pattern: ISO_WITH_ZONE,
    hint: 'must be an ISO 8601 date-time with a time zone, such as "2026-11-28T09:15:00.000Z"',
  });
  if (at !== undefined) {
    const time = Date.parse(at);
    if (Number.isNaN(time)) c.fail('handedOverAt', 'is not a real date-time');
    else handedOverAt = new Date(time).toISOString();
  }
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  return { ok: true, value: { receiptNumber: receiptNumber ?? null, handedOverAt } };
}

/** Idempotency keys are 1-255 printable ASCII characters, as in the contract. */
export function isValidIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && /^[\x20-\x7e]{1,255}$/.test(value);
}
