import { CARRIER_BY_MODE, CARRIER_CODES, CARRIERS, isCarrierCode } from './carriers';
import { SHIPMENT_MODES } from './shipment';

describe('the carrier registry', () => {
  it('lists each carrier under its own code', () => {
    expect(Object.keys(CARRIERS)).toEqual([...CARRIER_CODES]);
    for (const code of CARRIER_CODES) expect(CARRIERS[code].code).toBe(code);
  });

  it('has exactly one carrier per shipment mode', () => {
    const modes = CARRIER_CODES.map((code) => CARRIERS[code].mode);
    expect([...modes].sort()).toEqual([...SHIPMENT_MODES].sort());
    for (const mode of SHIPMENT_MODES) expect(CARRIERS[CARRIER_BY_MODE[mode]].mode).toBe(mode);
  });

  it('names every carrier in English and Chinese', () => {
    for (const code of CARRIER_CODES) {
      expect(CARRIERS[code].displayName.en).toMatch(/\S/);
      expect(CARRIERS[code].displayName.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each([
    ['iposita-ems', 'EE123456785RW', 'EE123456784RW'],
    ['express', 'EX0012345678', 'EX001234567'],
    ['air-cargo', 'AWB45912345675', 'AWB45912345676'],
  ] as const)('holds the number rule of %s: takes %s, refuses %s', (code, good, bad) => {
    expect(CARRIERS[code].trackingNumber.isValid(good)).toBe(true);
    expect(CARRIERS[code].trackingNumber.isValid(bad)).toBe(false);
  });

  it('knows its codes and nothing else', () => {
    expect(CARRIER_CODES.every(isCarrierCode)).toBe(true);
    expect(isCarrierCode('dhl')).toBe(false);
    expect(isCarrierCode('toString')).toBe(false);
    expect(CARRIERS['dhl']).toBeUndefined();
  });
});
