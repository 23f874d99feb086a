import { DomainError } from './domain-error';

/**
 * Weights travel as decimal kg strings with up to 3 decimals ("12.500") and are held as
 * integer grams; package sizes travel as decimal cm strings with up to 1 decimal and are
 * held as integer millimetres. Integers keep sums exact.
 */
export function parseKg(value: string, field = 'weight'): number {
  const match = /^(\d{1,7})(?:\.(\d{1,3}))?$/.exec(value);
  if (!match) throw DomainError.validation(field, 'must be a decimal string in kg with up to 3 decimals, such as "12.500"');
  return Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
}

export function formatKg(grams: number): string {
  const whole = Math.trunc(grams / 1000);
  return `${whole}.${String(grams % 1000).padStart(3, '0')}`;
}

export function parseCm(value: string, field = 'length'): number {
  const match = /^(\d{1,5})(?:\.(\d))?$/.exec(value);
  if (!match) throw DomainError.validation(field, 'must be a decimal string in cm with up to 1 decimal, such as "40" or "40.5"');
  return Number(match[1]) * 10 + Number(match[2] ?? '0');
}

export function formatCm(mm: number): string {
  return mm % 10 === 0 ? String(mm / 10) : `${Math.trunc(mm / 10)}.${mm % 10}`;
}
