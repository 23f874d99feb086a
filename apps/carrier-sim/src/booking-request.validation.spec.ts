import {
  isValidIdempotencyKey,
  kgToGrams,
  validateBookingRequest,
  validateHandoverRequest,
} from './booking-request.validation';

const valid = () => ({
  reference: '019300aa-0000-7000-8000-000000000001',
  packages: [{ reference: 'PKG-1', grossWeightKg: '12.500', lengthCm: '60', widthCm: '40', heightCm: '40' }],
  origin: { city: 'Kigali', country: 'RW' },
  destination: { city: 'Shanghai', country: 'CN', airport: 'PVG', storeCode: 'FS-SHA-001' },
});

describe('validateBookingRequest', () => {
  it('accepts the contract example', () => {
    expect(validateBookingRequest(valid(), null)).toEqual({ ok: true, value: valid() });
  });

  it('names every bad field', () => {
    const body = {
      ...valid(),
      packages: [{ reference: 'P', grossWeightKg: 12.5, lengthCm: '0', widthCm: '40', heightCm: '40', colour: 'red' }],
    };
    const result = validateBookingRequest(body, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field).sort()).toEqual([
      'packages[0].colour',
      'packages[0].grossWeightKg',
      'packages[0].lengthCm',
    ]);
  });

  it('refuses unknown top-level fields, a non-Rwandan origin and a missing destination', () => {
    const result = validateBookingRequest(
      { ...valid(), mode: 'courier', origin: { city: 'Kampala', country: 'UG' }, destination: undefined },
      null,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field).sort()).toEqual(['destination', 'mode', 'origin.country']);
  });

  it("applies the carrier's weight ceiling per package", () => {
    const heavy = { ...valid(), packages: [{ ...valid().packages[0], grossWeightKg: '30.001' }] };
    expect(validateBookingRequest(heavy, 30_000).ok).toBe(false);
    expect(
      validateBookingRequest({ ...heavy, packages: [{ ...heavy.packages[0], grossWeightKg: '30.000' }] }, 30_000).ok,
    ).toBe(true);
  });

  it('refuses a body that is not an object', () => {
    expect(validateBookingRequest(undefined, null)).toEqual({
      ok: false,
      issues: [{ field: 'body', issue: 'must be a JSON object' }],
    });
    expect(validateBookingRequest([], null).ok).toBe(false);
  });
});

describe('validateHandoverRequest', () => {
  it('treats no body as now with no receipt', () => {
    expect(validateHandoverRequest(undefined)).toEqual({
      ok: true,
      value: { receiptNumber: null, handedOverAt: null },
    });
  });

  it('normalises the time to UTC', () => {
    expect(validateHandoverRequest({ receiptNumber: 'R-1', handedOverAt: '2026-11-28T11:15:00+02:00' })).toEqual({
      ok: true,
      value: { receiptNumber: 'R-1', handedOverAt: '2026-11-28T09:15:00.000Z' },
    });
  });

  it('refuses a time without a zone and unknown fields', () => {
    const result = validateHandoverRequest({ handedOverAt: '2026-11-28T09:15:00', by: 'me' });
    expect(result.ok).toBe(false);
  });
});

describe('helpers', () => {
  it('converts kg strings to grams exactly', () => {
    expect(kgToGrams('12.5')).toBe(12_500);
    expect(kgToGrams('0.001')).toBe(1);
    expect(kgToGrams('30')).toBe(30_000);
  });

  it('checks idempotency keys as the contract describes', () => {
    expect(isValidIdempotencyKey('a')).toBe(true);
    expect(isValidIdempotencyKey('x'.repeat(255))).toBe(true);
    expect(isValidIdempotencyKey('x'.repeat(256))).toBe(false);
    expect(isValidIdempotencyKey('')).toBe(false);
    expect(isValidIdempotencyKey('tab\there')).toBe(false);
    expect(isValidIdempotencyKey(undefined)).toBe(false);
  });
});
