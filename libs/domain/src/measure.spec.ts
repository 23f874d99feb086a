import { DomainError } from './domain-error';
import { formatCm, formatKg, parseCm, parseKg } from './measure';
import { seededRandom, thrownBy } from './testing/spec-helpers';

describe('kilograms', () => {
  it.each([
    ['12.500', 12500],
    ['12.5', 12500],
    ['12', 12000],
    ['5.2', 5200],
    ['52.800', 52800],
    ['0.001', 1],
    ['0', 0],
    ['9999999.999', 9999999999],
  ])('reads "%s" kg as %i g', (kg, grams) => {
    expect(parseKg(kg)).toBe(grams);
  });

  it.each([
    [12500, '12.500'],
    [1, '0.001'],
    [0, '0.000'],
    [5200, '5.200'],
    [1000, '1.000'],
  ])('writes %i g as "%s" kg', (grams, kg) => {
    expect(formatKg(grams)).toBe(kg);
  });

  it.each(['12.5001', '-1', '+1', '1e3', '', ' 1', '1 ', '1.', '.5', '1,5', 'abc', '12.5kg'])(
    'refuses the weight %p',
    (kg) => {
      const error = thrownBy(() => parseKg(kg));

      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    },
  );

  it('names the field it was given in the refusal', () => {
    const error = thrownBy(() => parseKg('heavy', 'packages[1].grossWeightKg'));

    expect(error).toMatchObject({ details: [expect.objectContaining({ field: 'packages[1].grossWeightKg' })] });
  });

  it('parses back every weight it formats', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 1000; run++) {
      const grams = Math.floor(random() * 10_000_000_000);

      expect({ grams, back: parseKg(formatKg(grams)) }).toEqual({ grams, back: grams });
    }
  });

  it('formats back every canonical weight it parses', () => {
    const random = seededRandom(8);
    for (let run = 0; run < 1000; run++) {
      const text = `${Math.floor(random() * 10_000_000)}.${String(Math.floor(random() * 1000)).padStart(3, '0')}`;

      expect(formatKg(parseKg(text))).toBe(text);
    }
  });
});

describe('centimetres', () => {
  it.each([
    ['40', 400_000],
    ['40.5', 405_000],
    ['40.125', 401_250],
    ['60', 600_000],
    ['0.1', 1_000],
    ['0.001', 10],
    ['0', 0],
    ['99999.999', 999_999_990],
  ])('reads "%s" cm as %i µm', (cm, mm) => {
    expect(parseCm(cm)).toBe(mm);
  });

  it.each([
    [400_000, '40'],
    [405_000, '40.5'],
    [401_250, '40.125'],
    [5_000, '0.5'],
    [0, '0'],
  ])('writes %i µm as "%s" cm', (mm, cm) => {
    expect(formatCm(mm)).toBe(cm);
  });

  it.each(['-1', '+1', '1e2', '', ' 40', '40 ', '40.', '.5', '4,5', 'abc', '40cm', '40.1234'])(
    'refuses the size %p',
    (cm) => {
      const error = thrownBy(() => parseCm(cm));

      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    },
  );

  it('names the field it was given in the refusal', () => {
    const error = thrownBy(() => parseCm('wide', 'packages[0].widthCm'));

    expect(error).toMatchObject({ details: [expect.objectContaining({ field: 'packages[0].widthCm' })] });
  });

  it('parses back every size it formats', () => {
    const random = seededRandom(9);
    for (let run = 0; run < 1000; run++) {
      const mm = Math.floor(random() * 100_000_000) * 10;

      expect({ mm, back: parseCm(formatCm(mm)) }).toEqual({ mm, back: mm });
    }
  });
});
