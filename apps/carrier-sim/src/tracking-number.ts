import type { CarrierCode } from './carriers';

/** UPU S10 weights for the eight serial digits. */
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/**
 * The UPU S10 check digit of an 8-digit serial: 11 − (weighted sum mod 11), where 10
 * becomes 0 and 11 becomes 5. Postal systems reject a number whose digit is wrong.
 */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError(`S10 serial must be 8 digits, got "${serial}"`);
  const sum = S10_WEIGHTS.reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** True when `value` is a well-formed S10 number (two letters, 8 digits, check digit, country). */
export function isValidS10(value: string): boolean {
  const match = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/.exec(value);
  return match !== null && s10CheckDigit(match[1]) === Number(match[2]);
}

/** An EMS item number posted in Rwanda: `EE` + serial + check digit + `RW`. */
export function postalTrackingNumber(serial: string): string {
  return `EE${serial}${s10CheckDigit(serial)}RW`;
}

/** An express waybill: `EX` + 10 digits. */
export function expressTrackingNumber(digits: string): string {
  if (!/^\d{10}$/.test(digits)) throw new RangeError(`express waybill needs 10 digits, got "${digits}"`);
  return `EX${digits}`;
}

/** The airline prefix the sandbox air-cargo carrier issues air waybills under. */
export const AIR_WAYBILL_PREFIX = '459';

/**
 * An air waybill: `AWB` + 3-digit airline prefix + 7-digit serial + IATA check digit
 * (the serial mod 7), so it looks like what a forwarder would type in.
 */
export function airWaybillNumber(serial: string): string {
  if (!/^\d{7}$/.test(serial)) throw new RangeError(`air waybill serial must be 7 digits, got "${serial}"`);
  return `AWB${AIR_WAYBILL_PREFIX}${serial}${Number(serial) % 7}`;
}

/** Returns a uniformly random integer in [0, max); injected so generation stays pure. */
export type RandomInt = (max: number) => number;

function digits(count: number, randomInt: RandomInt): string {
  return String(randomInt(10 ** count)).padStart(count, '0');
}

/** A fresh tracking number in the format of `carrier`; uniqueness is the caller's job. */
export function generateTrackingNumber(carrier: CarrierCode, randomInt: RandomInt): string {
  switch (carrier) {
    case 'iposita-ems':
      return postalTrackingNumber(digits(8, randomInt));
    case 'express':
      return expressTrackingNumber(digits(10, randomInt));
    case 'air-cargo':
      return airWaybillNumber(digits(7, randomInt));
  }
}
