import { DomainError } from './domain-error';

/**
 * Weights travel as decimal kg strings with up to 3 decimals ("12.500") and are held as
 * integer grams; package sizes travel as decimal cm strings with up to 3 decimals and are
 * held as integer micrometres. Integers keep sums exact.
 */
export function parseKg(value: string, field = 'weight'): number {
  const match = /^(\d{1,7})(?:\.(\d{1,3}))?$/.exec(value);
  if (!match)
    throw DomainError.validation(field, 'must be a decimal string in kg with up to 3 decimals, such as "12.500"');
  return Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
}

/**
 * Integer grams as the contract's kg string with three decimals (1250 is "1.250"), the inverse of the kg parser above.
 * Expects a non-negative integer.
 */
export function formatKg(grams: number): string {
  const whole = Math.trunc(grams / 1000);
  return `${whole}.${String(grams % 1000).padStart(3, '0')}`;
}

/** Reads a size in cm with up to 3 decimals, as integer micrometres (exact: 0.001 cm = 10 µm). */
export function parseCm(value: string, field = 'length'): number {
  const match = /^(\d{1,5})(?:\.(\d{1,3}))?$/.exec(value);
  if (!match)
    throw DomainError.validation(field, 'must be a decimal string in cm with up to 3 decimals, such as "40" or "40.5"');
  return Number(match[1]) * 10_000 + Number((match[2] ?? '').padEnd(3, '0')) * 10;
}

/** Writes micrometres as cm without trailing zeros ("40", "40.5", "40.125"). */
export function formatCm(micrometres: number): string {
  const whole = Math.trunc(micrometres / 10_000);
  const fraction = String(Math.round((micrometres % 10_000) / 10))
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
