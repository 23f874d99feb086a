import { chooseMode, modeRules, parcelProblem, parcelValueSdr, type ParcelSize } from './mode-rules';

/** A 40 × 30 × 20 cm parcel: well inside every size limit. */
function parcel(grossWeightG: number, valueSdr?: string): ParcelSize {
  return { grossWeightG, lengthUm: 400_000, widthUm: 300_000, heightUm: 200_000, valueSdr };
}

const settings = { postalMaxParcelValueSdr: 4000, courierMaxParcelKg: 70 };

describe('chooseMode', () => {
  it('sends a parcel of exactly 30 kg by post', () => {
    expect(chooseMode([parcel(30_000)], settings)).toBe('postal');
  });

  it('sends a parcel of 30.001 kg by courier', () => {
    expect(chooseMode([parcel(30_001)], settings)).toBe('courier');
  });

  it('needs every parcel to fit: one heavy parcel takes the whole shipment off the post', () => {
    expect(chooseMode([parcel(5_000), parcel(30_001)], settings)).toBe('courier');
  });

  it('sends a parcel declared at exactly the postal value limit by post', () => {
    expect(chooseMode([parcel(10_000, '4000.00')], settings)).toBe('postal');
  });

  it('sends a parcel declared one hundredth of an SDR over the limit by courier', () => {
    expect(chooseMode([parcel(10_000, '4000.01')], settings)).toBe('courier');
  });

  it('leaves the value limit unchecked when the caller gives no value', () => {
    expect(chooseMode([parcel(10_000)], settings)).toBe('postal');
  });

  it('takes the courier weight limit from the configuration', () => {
    expect(chooseMode([parcel(70_000)], settings)).toBe('courier');
    expect(chooseMode([parcel(70_001)], settings)).toBe('air_cargo');
    expect(chooseMode([parcel(50_000)], { ...settings, courierMaxParcelKg: 50 })).toBe('courier');
    expect(chooseMode([parcel(50_001)], { ...settings, courierMaxParcelKg: 50 })).toBe('air_cargo');
  });

  it('takes the postal value limit from the configuration', () => {
    expect(chooseMode([parcel(1_000, '300.00')], { ...settings, postalMaxParcelValueSdr: 300 })).toBe('postal');
    expect(chooseMode([parcel(1_000, '300.01')], { ...settings, postalMaxParcelValueSdr: 300 })).toBe('courier');
  });

  it('has no value limit for courier: a valuable heavy parcel still goes by courier', () => {
    expect(chooseMode([parcel(40_000, '999999.99')], settings)).toBe('courier');
  });

  it('sends a parcel too long for the post by courier, and one too long for the courier by air cargo', () => {
    expect(chooseMode([{ grossWeightG: 1_000, lengthUm: 1_500_001, widthUm: 100_000, heightUm: 100_000 }])).toBe(
      'courier',
    );
    expect(chooseMode([{ grossWeightG: 1_000, lengthUm: 2_700_001, widthUm: 100_000, heightUm: 100_000 }])).toBe(
      'air_cargo',
    );
  });

  it('keeps working without settings, with the default limits', () => {
    expect(chooseMode([parcel(30_000, '4000.00')])).toBe('postal');
    expect(chooseMode([parcel(30_000, '4000.01')])).toBe('courier');
    expect(chooseMode([parcel(70_001)])).toBe('air_cargo');
  });
});

describe('parcelProblem', () => {
  it('names the postal weight limit for 30.001 kg and nothing for 30 kg', () => {
    expect(parcelProblem('postal', parcel(30_000), settings)).toBeNull();
    expect(parcelProblem('postal', parcel(30_001), settings)).toBe('a postal parcel may weigh at most 30 kg');
  });

  it('names the postal value limit and the parcel’s value when over it', () => {
    expect(parcelProblem('postal', parcel(1_000, '4000.00'), settings)).toBeNull();
    expect(parcelProblem('postal', parcel(1_000, '4000.01'), settings)).toBe(
      'a postal parcel may be declared at most 4000 SDR (this one is 4000.01 SDR)',
    );
  });

  it('names the configured courier weight limit', () => {
    expect(parcelProblem('courier', parcel(60_001), { ...settings, courierMaxParcelKg: 60 })).toBe(
      'a courier parcel may weigh at most 60 kg',
    );
  });

  it('checks length plus girth', () => {
    // 150 + 2 × (40 + 40) = 310 cm, over the postal 300 cm.
    expect(
      parcelProblem('postal', { grossWeightG: 1_000, lengthUm: 1_500_000, widthUm: 400_000, heightUm: 400_000 }),
    ).toBe("a postal parcel's length plus girth may be at most 300 cm");
  });
});

describe('modeRules', () => {
  it('is a table in order of preference, postal first', () => {
    expect(modeRules(settings).map((r) => [r.mode, r.maxParcelGrossG, r.maxParcelValueSdr])).toEqual([
      ['postal', 30_000, 4000],
      ['courier', 70_000, null],
    ]);
  });
});

describe('parcelValueSdr', () => {
  const sdrRates = { USD: '1.36', CNY: '9.70', RWF: '1950' };

  it('values the contents at the order’s unit prices, in SDR to the hundredth', () => {
    const prices = new Map([
      ['CHILI-5KG', { unitPriceMinor: 2350n }],
      ['COFFEE-1KG', { unitPriceMinor: 1200n }],
    ]);
    // 10 × 23.50 + 2 × 12.00 = 259.00 USD; / 1.36 = 190.441… SDR
    expect(
      parcelValueSdr({
        contents: [
          { sku: 'CHILI-5KG', quantity: 10 },
          { sku: 'COFFEE-1KG', quantity: 2 },
        ],
        prices,
        currency: 'USD',
        sdrRates,
      }),
    ).toBe('190.44');
  });

  it('converts RWF, which has no minor digits', () => {
    const prices = new Map([['CHILI-5KG', { unitPriceMinor: 39_000 }]]);
    // 200 × 39,000 RWF = 7,800,000 RWF; / 1950 = 4000 SDR: exactly at the default postal limit.
    const valueSdr = parcelValueSdr({
      contents: [{ sku: 'CHILI-5KG', quantity: 200 }],
      prices,
      currency: 'RWF',
      sdrRates,
    });
    expect(valueSdr).toBe('4000.00');
    expect(chooseMode([parcel(29_000, valueSdr)])).toBe('postal');
  });

  it('refuses contents without a price rather than valuing them at nothing', () => {
    expect(() =>
      parcelValueSdr({ contents: [{ sku: 'X', quantity: 1 }], prices: new Map(), currency: 'USD', sdrRates }),
    ).toThrow(/no unit price for X/);
  });
});
