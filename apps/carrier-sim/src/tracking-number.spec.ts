import { TRACKING_NUMBER_PATTERN } from '@corridor/domain';
import {
  airWaybillNumber,
  expressTrackingNumber,
  generateTrackingNumber,
  isValidS10,
  postalTrackingNumber,
  s10CheckDigit,
} from './tracking-number';

describe('s10CheckDigit', () => {
  it.each([
    // Royal Mail's published example item number.
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
  it('accepts known good numbers and refuses a wrong check digit', () => {
    expect(isValidS10('RR473124829GB')).toBe(true);
    expect(isValidS10('EE123456785RW')).toBe(true);
    expect(isValidS10('RR473124828GB')).toBe(false);
    expect(isValidS10('RR47312482GB')).toBe(false);
  });
});

describe('tracking number formats', () => {
  it('builds an EMS number posted in Rwanda', () => {
    expect(postalTrackingNumber('12345678')).toBe('EE123456785RW');
  });

  it('builds an express waybill of EX and 10 digits', () => {
    expect(expressTrackingNumber('0012345678')).toBe('EX0012345678');
    expect(() => expressTrackingNumber('123')).toThrow(RangeError);
  });

  it('builds an air waybill with prefix 459 and the mod-7 check digit', () => {
    // 1234567 mod 7 = 5
    expect(airWaybillNumber('1234567')).toBe('AWB45912345675');
    expect(airWaybillNumber('0000007')).toBe('AWB45900000070');
  });

  it('pads small random values to full width', () => {
    const zero = () => 0;
    expect(generateTrackingNumber('iposita-ems', zero)).toBe('EE000000005RW');
    expect(generateTrackingNumber('express', zero)).toBe('EX0000000000');
    expect(generateTrackingNumber('air-cargo', zero)).toBe('AWB45900000000');
  });

  it.each(['iposita-ems', 'express', 'air-cargo'] as const)(
    '%s numbers fit the contract pattern and their own format',
    (carrier) => {
      const random = (max: number) => Math.floor(Math.random() * max);
      const format = { 'iposita-ems': /^EE\d{9}RW$/, express: /^EX\d{10}$/, 'air-cargo': /^AWB459\d{8}$/ }[carrier];
      for (let i = 0; i < 200; i++) {
        const number = generateTrackingNumber(carrier, random);
        expect(number).toMatch(TRACKING_NUMBER_PATTERN);
        expect(number).toMatch(format);
        if (carrier === 'iposita-ems') expect(isValidS10(number)).toBe(true);
      }
    },
  );
});
