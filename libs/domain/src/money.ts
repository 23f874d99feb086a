import { DomainError } from './domain-error';

/** The currencies Corridor prices and invoices in. */
export const CURRENCIES = ['USD', 'CNY', 'RWF'] as const;
/** One of {@link CURRENCIES}. */
export type Currency = (typeof CURRENCIES)[number];

const MINOR_DIGITS: Record<Currency, number> = { USD: 2, CNY: 2, RWF: 0 };

/** Whether a value is one of {@link CURRENCIES}. */
export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** How many decimal digits the currency's minor unit has (USD and CNY 2, RWF 0). */
export function minorDigits(currency: Currency): number {
  return MINOR_DIGITS[currency];
}

/** The largest amount of minor units Postgres `bigint` holds. */
export const MAX_STORED_MINOR = 9_223_372_036_854_775_807n;

/** Money as the contract prints it: an amount string and its currency. */
export interface MoneyJson {
  /** Decimal string with exactly the currency's minor digits: "23.50" USD, "1200" RWF. */
  amount: string;
  /** ISO 4217 code the amount is in. */
  currency: Currency;
}

/** An amount in integer minor units of one ISO currency; never a float. */
export class Money {
  private constructor(
    /** The amount in minor units (cents, fen; whole francs for RWF); may be negative after a subtraction. */
    readonly minor: bigint,
    /** The ISO 4217 currency; arithmetic refuses to mix two. */
    readonly currency: Currency,
  ) {}

  /**
   * An amount from integer minor units, as stored in a `*_minor` column. Throws `RangeError` for a number that is not a
   * safe integer; a string must be an integer literal.
   */
  static ofMinor(minor: bigint | number | string, currency: Currency): Money {
    if (typeof minor === 'number' && !Number.isSafeInteger(minor)) {
      throw new RangeError(`minor units must be a safe integer, got ${minor}`);
    }
    return new Money(BigInt(minor), currency);
  }

  /** Nothing, in `currency`: the start of a sum. */
  static zero(currency: Currency): Money {
    return new Money(0n, currency);
  }

  /**
   * Parses a decimal string with at most the currency's minor digits ("23.5" is 23.50 USD;
   * "23.505" USD and "10.5" RWF are refused). Signs, exponents and spaces are refused.
   */
  static parse(amount: string, currency: Currency, field = 'amount'): Money {
    const digits = minorDigits(currency);
    const match = /^(\d{1,15})(?:\.(\d+))?$/.exec(amount);
    if (!match) throw DomainError.validation(field, 'must be a decimal string such as "23.50"');
    const fraction = match[2] ?? '';
    if (fraction.length > digits) {
      throw DomainError.validation(field, `must have at most ${digits} decimal digits for ${currency}`);
    }
    return new Money(BigInt(match[1] + fraction.padEnd(digits, '0')), currency);
  }

  /** The sum; throws `RangeError` if `other` is in another currency. */
  add(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.minor + other.minor, this.currency);
  }

  /** The difference, negative when `other` is larger; throws `RangeError` if `other` is in another currency. */
  subtract(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.minor - other.minor, this.currency);
  }

  /** The amount multiplied by a whole quantity (a line total); throws `RangeError` for a fractional quantity. */
  times(quantity: number): Money {
    if (!Number.isInteger(quantity)) throw new RangeError(`quantity must be an integer, got ${quantity}`);
    return new Money(this.minor * BigInt(quantity), this.currency);
  }

  /** Whether the amount fits a signed 64-bit column of minor units, where it is stored. */
  fitsStorage(): boolean {
    return this.minor <= MAX_STORED_MINOR && this.minor >= -MAX_STORED_MINOR;
  }

  /** Whether the amount is above zero (zero is not positive). */
  isPositive(): boolean {
    return this.minor > 0n;
  }

  /** Same currency and same minor units; 10.00 USD never equals 10.00 CNY. */
  equals(other: Money): boolean {
    return this.currency === other.currency && this.minor === other.minor;
  }

  /** The contract's amount string with exactly the currency's minor digits. */
  toAmountString(): string {
    const digits = minorDigits(this.currency);
    const negative = this.minor < 0n;
    const abs = (negative ? -this.minor : this.minor).toString().padStart(digits + 1, '0');
    const whole = digits === 0 ? abs : abs.slice(0, -digits);
    const fraction = digits === 0 ? '' : `.${abs.slice(-digits)}`;
    return `${negative ? '-' : ''}${whole}${fraction}`;
  }

  /** The contract's `{ amount, currency }`, so a `Money` serialises as the API prints money. */
  toJSON(): MoneyJson {
    return { amount: this.toAmountString(), currency: this.currency };
  }

  /** The amount and its code, "23.50 USD", for messages and logs. */
  toString(): string {
    return `${this.toAmountString()} ${this.currency}`;
  }

  /** The total of `items`, zero in `currency` for none; throws `RangeError` if any item is in another currency. */
  static sum(items: readonly Money[], currency: Currency): Money {
    return items.reduce((total, m) => total.add(m), Money.zero(currency));
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new RangeError(`cannot combine ${this.currency} with ${other.currency}`);
    }
  }
}

/** A non-negative decimal read exactly: `units` × 10^-`scale` ("1.3383" is 13383 at scale 4). */
export interface Decimal {
  /** The digits without the decimal point. */
  units: bigint;
  /** How many of those digits follow the point. */
  scale: number;
}

/** Reads a non-negative decimal string exactly; signs, exponents and spaces are refused. */
export function parseDecimal(value: string, field: string): Decimal {
  const match = /^(\d{1,18})(?:\.(\d{1,18}))?$/.exec(value);
  if (!match) throw DomainError.validation(field, 'must be a non-negative decimal string such as "300.00"');
  const fraction = match[2] ?? '';
  return { units: BigInt(match[1] + fraction), scale: fraction.length };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`, whatever their scales. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const left = a.units * 10n ** BigInt(scale - a.scale);
  const right = b.units * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether two decimal strings are the same number ("5.0" and "5.00"); text equality when either is no decimal. */
export function sameDecimal(a: string, b: string): boolean {
  try {
    return compareDecimals(parseDecimal(a, 'a'), parseDecimal(b, 'b')) === 0;
  } catch {
    return a === b;
  }
}

/**
 * An amount of `currency` in SDR at `sdrRate` units of the currency per SDR, as a two-decimal
 * string rounded half up. Exact: the division is done on integers.
 */
export function valueInSdr(amount: string, currency: Currency, sdrRate: string): string {
  const value = Money.parse(amount, currency, 'amount');
  const rate = parseDecimal(sdrRate, 'sdrRate');
  if (rate.units === 0n) throw DomainError.validation('sdrRate', 'must be above zero');
  // SDR = (minor / 10^digits) / (units / 10^scale); in hundredths of an SDR, rounded half up.
  const numerator = value.minor * 10n ** BigInt(rate.scale) * 100n;
  const denominator = rate.units * 10n ** BigInt(minorDigits(currency));
  const hundredths = (2n * numerator + denominator) / (2n * denominator);
  const text = hundredths.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
