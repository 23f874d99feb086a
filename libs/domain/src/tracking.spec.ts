import { CARRIER_EVENT_CODES, STATUS_BY_EVENT_CODE, TRACKING_NUMBER_PATTERN, isCarrierEventCode } from './tracking';

/* The contract's mapping from carrier event codes to shipment statuses, written by hand. */
const CONTRACT_MAPPING = [
  ['accepted', 'handed_over'],
  ['departed_origin', 'in_transit'],
  ['in_transit', 'in_transit'],
  ['arrived_destination', 'arrived'],
  ['customs_cleared', 'customs_cleared'],
  ['out_for_delivery', 'out_for_delivery'],
  ['delivered', 'delivered'],
  ['customs_hold', 'exception'],
  ['exception', 'exception'],
  ['returned', 'exception'],
] as const;

describe('carrier event codes', () => {
  it('are exactly the codes of the contract', () => {
    expect([...CARRIER_EVENT_CODES].sort()).toEqual(CONTRACT_MAPPING.map(([code]) => code).sort());
  });

  it.each(CONTRACT_MAPPING)('map %s to the shipment status %s', (code, status) => {
    expect(STATUS_BY_EVENT_CODE[code]).toBe(status);
  });

  it('map no code that the contract does not name', () => {
    expect(Object.keys(STATUS_BY_EVENT_CODE).sort()).toEqual(CONTRACT_MAPPING.map(([code]) => code).sort());
  });

  it('recognise a known code', () => {
    expect(isCarrierEventCode('customs_hold')).toBe(true);
  });

  it.each(['ACCEPTED', 'lost', '', 'toString', 7, undefined])('do not recognise %p', (code) => {
    expect(isCarrierEventCode(code)).toBe(false);
  });
});

describe('tracking numbers', () => {
  it.each(['EE123456789RW', 'EXP12345', 'A'.repeat(40)])('accept %s', (trackingNumber) => {
    expect(TRACKING_NUMBER_PATTERN.test(trackingNumber)).toBe(true);
  });

  it.each(['ee123456789rw', 'EE1234', 'A'.repeat(41), 'EE-123456789', 'EE 123456789RW', ''])(
    'refuse %p',
    (trackingNumber) => {
      expect(TRACKING_NUMBER_PATTERN.test(trackingNumber)).toBe(false);
    },
  );
});
