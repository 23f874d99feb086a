/**
 * Check digits of the tracking numbers carriers issue. A number with a wrong check digit
 * is a typo or a forgery; carriers refuse it, and so should anything that takes one in.
 */

/** UPU S10 weights for the eight serial digits. */
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/**
 * The UPU S10 check digit of an 8-digit serial: 11 − (weighted sum mod 11), where 10
 * becomes 0 and 11 becomes 5.
 *
 * @throws RangeError when `serial` is not exactly 8 digits.
 */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError(`S10 serial must be 8 digits, got "${serial}"`);
  const sum = S10_WEIGHTS.reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/**
 * True for a well-formed UPU S10 item number: a 2-letter service indicator, an 8-digit
 * serial, its check digit and the 2-letter country of the issuing post (`EE123456785RW`).
 */
export function isValidS10(value: string): boolean {
  const match = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/.exec(value);
  return match !== null && s10CheckDigit(match[1]) === Number(match[2]);
}

/**
 * The IATA air waybill check digit of a 7-digit serial: the serial mod 7.
 *
 * @throws RangeError when `serial` is not exactly 7 digits.
 */
export function airWaybillCheckDigit(serial: string): number {
  if (!/^\d{7}$/.test(serial)) throw new RangeError(`air waybill serial must be 7 digits, got "${serial}"`);
  return Number(serial) % 7;
}

/**
 * True for an 11-digit air waybill number: 3-digit airline prefix, 7-digit serial, check
 * digit. Accepts the printed form `176-12345675`, the bare `17612345675`, and the
 * `AWB` + 11 digits form the sandbox air-cargo carrier uses as its tracking number.
 */
export function isValidAirWaybill(value: string): boolean {
  const match = /^(?:AWB)?\d{3}-?(\d{7})(\d)$/.exec(value);
  return match !== null && airWaybillCheckDigit(match[1]) === Number(match[2]);
}

/**
 * True for an express waybill as the sandbox express carrier issues it: `EX` + 10 digits.
 * Its digits carry no check digit, so only the shape can be checked.
 */
export function isValidExpressWaybill(value: string): boolean {
  return /^EX\d{10}$/.test(value);
}

/**
 * Why a tracking number cannot be one a carrier issued, or null when it may be: the general
 * shape, and the check digit of the forms that carry one (UPU S10, air waybill).
 */
export function trackingNumberProblem(value: string): string | null {
  if (!/^[A-Z0-9]{8,40}$/.test(value)) return 'must be 8-40 of A-Z 0-9';
  if (/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(value) && !isValidS10(value)) return 'has a wrong UPU S10 check digit';
  if (/^(?:AWB)?\d{11}$/.test(value) && !isValidAirWaybill(value)) return 'has a wrong air waybill check digit';
  return null;
}
