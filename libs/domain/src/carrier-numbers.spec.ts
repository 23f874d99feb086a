import {
  trackingNumberProblem,
  airWaybillCheckDigit,
  isValidAirWaybill,
  isValidExpressWaybill,
  isValidS10,
  s10CheckDigit,
} from './carrier-numbers';

describe('s10CheckDigit', () => {
  it.each([
    // Royal Mail's published example RR473124829GB.
    ['47312482', 9],
    // 12345678 weighs 8+12+12+8+15+30+63+56 = 204; 204 mod 11 = 6; 11 − 6 = 5.
    ['12345678', 5],
  ])('gives %s the check digit %i', (serial, digit) => {
    expect(s10CheckDigit(serial)).toBe(digit);
  });

  it('turns a remainder of 0 (check 11) into 5', () => {
    expect(s10CheckDigit('00000000')).toBe(5);
  });

  it('turns a remainder of 1 (check 10) into 0', () => {
    // Only the fifth digit counts: 4 × weight 3 = 12, and 12 mod 11 = 1.
    expect(s10CheckDigit('00004000')).toBe(0);
  });

  it('refuses a serial that is not 8 digits', () => {
    expect(() => s10CheckDigit('1234567')).toThrow(RangeError);
    expect(() => s10CheckDigit('1234567a')).toThrow(RangeError);
  });
});

describe('isValidS10', () => {
  it.each(['RR473124829GB', 'EE123456785RW', 'EE000000005RW'])('accepts %s', (number) => {
    expect(isValidS10(number)).toBe(true);
  });

  it.each([
    ['a changed check digit', 'RR473124828GB'],
    ['a changed serial digit', 'RR473124929GB'],
    ['a changed serial digit (EMS)', 'EE123456775RW'],
    ['a changed check digit (EMS)', 'EE123456786RW'],
    ['a missing digit', 'RR47312482GB'],
    ['a 3-letter country', 'EE123456785RWA'],
    ['lower case', 'ee123456785rw'],
  ])('refuses %s', (_, number) => {
    expect(isValidS10(number)).toBe(false);
  });
});

describe('airWaybillCheckDigit', () => {
  it.each([
    // 1234567 = 7 × 176366 + 5
    ['1234567', 5],
    // 7654321 = 7 × 1093474 + 3
    ['7654321', 3],
    // 0000007 = 7 × 1 + 0
    ['0000007', 0],
  ])('gives %s the check digit %i', (serial, digit) => {
    expect(airWaybillCheckDigit(serial)).toBe(digit);
  });

  it('refuses a serial that is not 7 digits', () => {
    expect(() => airWaybillCheckDigit('123456')).toThrow(RangeError);
  });
});

describe('isValidAirWaybill', () => {
  it.each([
    // The commonly published example (176 is Emirates SkyCargo's airline prefix).
    '176-12345675',
    '17612345675',
    // Hand-computed: 7654321 mod 7 = 3; 9999999 = 7 × 1428571 + 2.
    '157-76543213',
    '99999999992',
    // The sandbox air-cargo carrier's tracking number form.
    'AWB45912345675',
  ])('accepts %s', (number) => {
    expect(isValidAirWaybill(number)).toBe(true);
  });

  it.each([
    ['a changed check digit', '176-12345674'],
    ['a changed serial digit', '176-12345685'],
    ['a changed check digit (bare)', '17612345676'],
    ['a short serial', '176-1234565'],
    ['a misplaced dash', '1761-2345675'],
  ])('refuses %s', (_, number) => {
    expect(isValidAirWaybill(number)).toBe(false);
  });
});

describe('isValidExpressWaybill', () => {
  it('accepts EX and 10 digits only', () => {
    expect(isValidExpressWaybill('EX0012345678')).toBe(true);
    expect(isValidExpressWaybill('EX001234567')).toBe(false);
    expect(isValidExpressWaybill('0012345678')).toBe(false);
    expect(isValidExpressWaybill('EX00123456789')).toBe(false);
  });
});

describe('trackingNumberProblem', () => {
  it.each(['EE123456785RW', 'RR473124829GB', 'AWB17612345675', '17612345675', 'EX1234567890'])('takes %s', (value) => {
    expect(trackingNumberProblem(value)).toBeNull();
  });

  it.each([
    ['EE123456784RW', /S10 check digit/],
    ['RR473124820GB', /S10 check digit/],
    ['AWB17612345676', /air waybill check digit/],
    ['17612345670', /air waybill check digit/],
    ['ee123456785rw', /A-Z 0-9/],
    ['EE12', /A-Z 0-9/],
  ])('refuses %s', (value, problem) => {
    expect(trackingNumberProblem(value)).toMatch(problem);
  });
});
