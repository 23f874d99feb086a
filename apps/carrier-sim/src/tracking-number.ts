import { airWaybillCheckDigit, s10CheckDigit, type CarrierCode } from '@corridor/domain';

/** An EMS item number posted in Rwanda: `EE` + serial + UPU S10 check digit + `RW`. */
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
  return `AWB${AIR_WAYBILL_PREFIX}${serial}${airWaybillCheckDigit(serial)}`;
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
