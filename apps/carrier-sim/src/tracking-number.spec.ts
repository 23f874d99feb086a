import { isValidAirWaybill, isValidExpressWaybill, isValidS10, TRACKING_NUMBER_PATTERN } from '@corridor/domain';
import {
  airWaybillNumber,
  expressTrackingNumber,
  generateTrackingNumber,
  postalTrackingNumber,
} from './tracking-number';

// The check digits themselves are specified in libs/domain (carrier-numbers.spec.ts).
describe('tracking number formats', () => {
  it('builds an EMS number posted in Rwanda', () => {
    expect(postalTrackingNumber('12345678')).toBe('EE123456785RW');
    expect(() => postalTrackingNumber('1234567')).toThrow(RangeError);
  });

  it('builds an express waybill of EX and 10 digits', () => {
    expect(expressTrackingNumber('0012345678')).toBe('EX0012345678');
    expect(() => expressTrackingNumber('123')).toThrow(RangeError);
  });

  it('builds an air waybill with prefix 459 and the mod-7 check digit', () => {
    // 1234567 mod 7 = 5
    expect(airWaybillNumber('1234567')).toBe('AWB45912345675');
    expect(airWaybillNumber('0000007')).toBe('AWB45900000070');
    expect(() => airWaybillNumber('123456')).toThrow(RangeError);
  });

  it('pads small random values to full width', () => {
    const zero = () => 0;
    expect(generateTrackingNumber('iposita-ems', zero)).toBe('EE000000005RW');
    expect(generateTrackingNumber('express', zero)).toBe('EX0000000000');
    expect(generateTrackingNumber('air-cargo', zero)).toBe('AWB45900000000');
  });

  it.each([
    ['iposita-ems', /^EE\d{9}RW$/, isValidS10],
    ['express', /^EX\d{10}$/, isValidExpressWaybill],
    ['air-cargo', /^AWB459\d{8}$/, isValidAirWaybill],
  ] as const)('%s numbers fit the contract pattern, their format and their check digit', (carrier, format, isValid) => {
    const random = (max: number) => Math.floor(Math.random() * max);
    for (let i = 0; i < 200; i++) {
      const number = generateTrackingNumber(carrier, random);
      expect(number).toMatch(TRACKING_NUMBER_PATTERN);
      expect(number).toMatch(format);
      expect(isValid(number)).toBe(true);
    }
  });
});
