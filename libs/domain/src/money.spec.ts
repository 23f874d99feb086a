import { DomainError } from './domain-error';
import { CURRENCIES, Money, isCurrency, minorDigits, type Currency } from './money';
import { seededRandom, thrownBy } from './testing/spec-helpers';

/** A non-negative amount of 1 to `maxDigits` digits of minor units. */
function randomMinor(random: () => number, maxDigits: number): bigint {
  const digits = 1 + Math.floor(random() * maxDigits);
  let text = '';
  for (let i = 0; i < digits; i++) text += String(Math.floor(random() * 10));
  return BigInt(text);
}

describe('currencies', () => {
  it('are exactly USD, CNY and RWF', () => {
    expect([...CURRENCIES].sort()).toEqual(['CNY', 'RWF', 'USD']);
  });

  it.each([
    ['USD', 2],
    ['CNY', 2],
    ['RWF', 0],
  ] as const)('gives %s %i minor digits', (currency, digits) => {
    expect(minorDigits(currency)).toBe(digits);
  });

  it.each(['USD', 'CNY', 'RWF'])('recognises %s as a currency', (code) => {
    expect(isCurrency(code)).toBe(true);
  });

  it.each(['usd', 'EUR', '', 'toString', 42, null])('does not recognise %p as a currency', (code) => {
    expect(isCurrency(code)).toBe(false);
  });
});

describe('Money.parse', () => {
  it.each([
    ['23.5', 'USD', 2350n],
    ['23.50', 'USD', 2350n],
    ['23', 'USD', 2300n],
    ['0.05', 'USD', 5n],
    ['0', 'USD', 0n],
    ['1250.50', 'CNY', 125050n],
    ['99.9', 'CNY', 9990n],
    ['1500', 'RWF', 1500n],
    ['0', 'RWF', 0n],
    ['999999999999999.99', 'USD', 99999999999999999n],
    ['999999999999999', 'RWF', 999999999999999n],
  ] as const)('reads "%s" %s as %s minor units', (amount, currency, minor) => {
    expect(Money.parse(amount, currency).minor).toBe(minor);
  });

  it.each([
    ['23.505', 'USD'],
    ['0.001', 'CNY'],
    ['10.5', 'RWF'],
    ['10.0', 'RWF'],
  ] as const)('refuses "%s" %s, which has more decimals than the currency', (amount, currency) => {
    const error = thrownBy(() => Money.parse(amount, currency));

    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it.each(['-1', '+1', '1e3', ' 1', '1 ', '', '1.', '.5', '1,000', '1.2.3', 'abc', '0x10', '١'])(
    'refuses the malformed amount %p',
    (amount) => {
      const error = thrownBy(() => Money.parse(amount, 'USD'));

      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    },
  );

  it('names the field it was given in the refusal', () => {
    const error = thrownBy(() => Money.parse('23.505', 'USD', 'lines[0].unitPrice'));

    expect(error).toMatchObject({ details: [expect.objectContaining({ field: 'lines[0].unitPrice' })] });
  });

  it('keeps the currency it was given', () => {
    expect(Money.parse('1', 'CNY').currency).toBe('CNY');
  });
});

describe('Money formatting', () => {
  it.each([
    [2350n, 'USD', '23.50'],
    [5n, 'USD', '0.05'],
    [50n, 'CNY', '0.50'],
    [0n, 'USD', '0.00'],
    [0n, 'RWF', '0'],
    [1500n, 'RWF', '1500'],
    [125050n, 'CNY', '1250.50'],
    [99999999999999999n, 'USD', '999999999999999.99'],
  ] as const)('writes %s minor units of %s as "%s"', (minor, currency, amount) => {
    expect(Money.ofMinor(minor, currency).toAmountString()).toBe(amount);
  });

  it.each([
    [-5n, 'USD', '-0.05'],
    [-2350n, 'CNY', '-23.50'],
    [-1234n, 'RWF', '-1234'],
  ] as const)('writes the negative amount %s minor units of %s as "%s"', (minor, currency, amount) => {
    expect(Money.ofMinor(minor, currency).toAmountString()).toBe(amount);
  });

  it('writes "23.5" USD back with exactly two decimals', () => {
    expect(Money.parse('23.5', 'USD').toAmountString()).toBe('23.50');
  });

  it('serialises to the contract shape { amount, currency }', () => {
    expect(Money.parse('23.5', 'USD').toJSON()).toEqual({ amount: '23.50', currency: 'USD' });
  });

  it('goes through JSON.stringify as an amount string, never a number', () => {
    expect(JSON.stringify({ total: Money.parse('1250.5', 'CNY') })).toBe(
      '{"total":{"amount":"1250.50","currency":"CNY"}}',
    );
  });

  it('prints amount and currency in toString', () => {
    expect(String(Money.parse('1500', 'RWF'))).toBe('1500 RWF');
  });
});

describe('Money.ofMinor', () => {
  it('accepts minor units as a bigint, a safe integer or a digit string', () => {
    expect(Money.ofMinor(2350n, 'USD').equals(Money.ofMinor(2350, 'USD'))).toBe(true);
    expect(Money.ofMinor('2350', 'USD').equals(Money.ofMinor(2350, 'USD'))).toBe(true);
  });

  it.each([0.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN])(
    'refuses the number %p, which is not a safe integer',
    (minor) => {
      expect(() => Money.ofMinor(minor, 'USD')).toThrow(RangeError);
    },
  );
});

describe('Money arithmetic', () => {
  const usd = (amount: string) => Money.parse(amount, 'USD');

  it('adds two amounts of one currency', () => {
    expect(usd('23.50').add(usd('0.75')).toAmountString()).toBe('24.25');
  });

  it('subtracts two amounts of one currency', () => {
    expect(usd('23.50').subtract(usd('0.75')).toAmountString()).toBe('22.75');
  });

  it('goes below zero when subtracting more than there is', () => {
    expect(usd('1').subtract(usd('1.01')).toAmountString()).toBe('-0.01');
  });

  it('multiplies by an integer quantity', () => {
    expect(usd('23.50').times(40).toAmountString()).toBe('940.00');
  });

  it('multiplies by zero to zero', () => {
    expect(usd('23.50').times(0).toAmountString()).toBe('0.00');
  });

  it('refuses a fractional quantity', () => {
    expect(() => usd('23.50').times(1.5)).toThrow(RangeError);
  });

  it('does not change the amounts it combines', () => {
    const price = usd('23.50');
    price.add(usd('1')).subtract(usd('2')).times(3);

    expect(price.toAmountString()).toBe('23.50');
  });

  it('keeps the currency through arithmetic', () => {
    expect(Money.parse('10', 'RWF').add(Money.parse('5', 'RWF')).times(2).currency).toBe('RWF');
  });

  it.each([
    ['add', 'USD', 'CNY'],
    ['add', 'RWF', 'USD'],
    ['subtract', 'CNY', 'USD'],
    ['subtract', 'USD', 'RWF'],
  ] as const)('refuses to %s %s and %s', (operation, left, right) => {
    const a = Money.parse('1', left);
    const b = Money.parse('1', right);

    expect(() => a[operation](b)).toThrow(/cannot combine/);
  });

  it('sums a list of amounts', () => {
    expect(Money.sum([usd('23.50'), usd('0.25'), usd('100')], 'USD').toAmountString()).toBe('123.75');
  });

  it('sums an empty list to zero of the currency asked for', () => {
    expect(Money.sum([], 'CNY').toJSON()).toEqual({ amount: '0.00', currency: 'CNY' });
  });

  it('refuses to sum amounts of another currency than the one asked for', () => {
    expect(() => Money.sum([usd('1')], 'CNY')).toThrow(/cannot combine/);
  });

  it('refuses to sum a list that mixes currencies', () => {
    expect(() => Money.sum([usd('1'), Money.parse('1', 'CNY')], 'USD')).toThrow(/cannot combine/);
  });

  it('adds large amounts exactly, where a float would round', () => {
    const total = usd('999999999999999.98').add(usd('0.01'));

    expect(total.toAmountString()).toBe('999999999999999.99');
  });

  it('multiplies a large amount exactly beyond the float range of integers', () => {
    expect(usd('999999999999999.99').times(1000).toAmountString()).toBe('999999999999999990.00');
  });

  it('sums many cents without drift', () => {
    const cents = Array.from({ length: 1000 }, () => usd('0.10'));

    expect(Money.sum(cents, 'USD').toAmountString()).toBe('100.00');
  });

  it('compares equal only with the same amount and currency', () => {
    expect(usd('1').equals(usd('1.00'))).toBe(true);
    expect(usd('1').equals(Money.parse('1', 'CNY'))).toBe(false);
    expect(usd('1').equals(usd('1.01'))).toBe(false);
  });

  it('is positive only above zero', () => {
    expect(usd('0.01').isPositive()).toBe(true);
    expect(usd('0').isPositive()).toBe(false);
    expect(usd('0').subtract(usd('0.01')).isPositive()).toBe(false);
  });
});

describe('Money round trips (seeded, deterministic)', () => {
  const RUNS = 500;

  it.each(['USD', 'CNY', 'RWF'] as const)('parses back what it formats, for %s', (currency: Currency) => {
    const random = seededRandom(0xc0ffee);
    for (let run = 0; run < RUNS; run++) {
      // Inputs have at most 15 whole digits, so that is the range a round trip can cover.
      const original = Money.ofMinor(randomMinor(random, 15 + minorDigits(currency)), currency);
      const text = original.toAmountString();

      expect({ text, minor: Money.parse(text, currency).minor }).toEqual({ text, minor: original.minor });
    }
  });

  it.each(['USD', 'CNY'] as const)('formats a one-decimal %s amount with the zero filled in', (currency) => {
    const random = seededRandom(0x5eed);
    for (let run = 0; run < RUNS; run++) {
      const whole = String(Math.floor(random() * 1e9));
      const tenth = String(Math.floor(random() * 10));

      expect(Money.parse(`${whole}.${tenth}`, currency).toAmountString()).toBe(`${whole}.${tenth}0`);
    }
  });

  it('keeps addition of generated USD amounts equal to integer addition of their minor units', () => {
    const random = seededRandom(42);
    for (let run = 0; run < RUNS; run++) {
      const a = randomMinor(random, 17);
      const b = randomMinor(random, 17);

      expect(Money.ofMinor(a, 'USD').add(Money.ofMinor(b, 'USD')).minor).toBe(a + b);
    }
  });
});
