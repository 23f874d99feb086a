import { DomainError } from './domain-error';

export const CURRENCIES = ['USD', 'CNY', 'RWF'] as const;
export type Currency = (typeof CURRENCIES)[number];

const MINOR_DIGITS: Record<Currency, number> = { USD: 2, CNY: 2, RWF: 0 };

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

export function minorDigits(currency: Currency): number {
  return MINOR_DIGITS[currency];
}

/** The largest amount of minor units Postgres `bigint` holds. */
export const MAX_STORED_MINOR = 9_223_372_036_854_775_807n;

export interface MoneyJson {
  amount: string;
  currency: Currency;
}

/** An amount in integer minor units of one ISO currency; never a float. */
export class Money {
  private constructor(
    readonly minor: bigint,
    readonly currency: Currency,
  ) {}

  static ofMinor(minor: bigint | number | string, currency: Currency): Money {
    if (typeof minor === 'number' && !Number.isSafeInteger(minor)) {
      throw new RangeError(`minor units must be a safe integer, got ${minor}`);
    }
    return new Money(BigInt(minor), currency);
  }

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

  add(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.minor + other.minor, this.currency);
  }

  subtract(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.minor - other.minor, this.currency);
  }

  times(quantity: number): Money {
    if (!Number.isInteger(quantity)) throw new RangeError(`quantity must be an integer, got ${quantity}`);
    return new Money(this.minor * BigInt(quantity), this.currency);
  }

  /** Whether the amount fits a signed 64-bit column of minor units, where it is stored. */
  fitsStorage(): boolean {
    return this.minor <= MAX_STORED_MINOR && this.minor >= -MAX_STORED_MINOR;
  }

  isPositive(): boolean {
    return this.minor > 0n;
  }

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

  toJSON(): MoneyJson {
    return { amount: this.toAmountString(), currency: this.currency };
  }

  toString(): string {
    return `${this.toAmountString()} ${this.currency}`;
  }

  static sum(items: readonly Money[], currency: Currency): Money {
    return items.reduce((total, m) => total.add(m), Money.zero(currency));
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new RangeError(`cannot combine ${this.currency} with ${other.currency}`);
    }
  }
}
