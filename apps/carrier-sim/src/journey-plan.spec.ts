import { CARRIER_EVENT_CODES } from '@corridor/domain';
import { JOURNEY_CODES, journeyEventId, journeyPlan, PARCEL_LOST, retryDelayMs } from './journey-plan';

describe('journeyPlan', () => {
  it('walks the seven milestones in order from Kigali to the store', () => {
    const plan = journeyPlan({
      carrier: 'air-cargo',
      destination: { city: 'Shanghai', country: 'CN', airport: 'PVG', storeCode: 'FS-SHA-001' },
    });
    expect(plan.map((m) => m.code)).toEqual([
      'accepted',
      'departed_origin',
      'in_transit',
      'arrived_destination',
      'customs_cleared',
      'out_for_delivery',
      'delivered',
    ]);
    expect(plan[1].location).toBe('Kigali International Airport (KGL)');
    expect(plan[3].location).toBe('Shanghai Pudong International Airport (PVG)');
    expect(plan[4].description).toBe('Cleared by China Customs (GACC)');
    expect(plan[6]).toEqual({
      code: 'delivered',
      location: 'Shanghai, CN',
      description: 'Delivered to store FS-SHA-001',
    });
  });

  it('uses only event codes the contract knows', () => {
    for (const code of JOURNEY_CODES) expect(CARRIER_EVENT_CODES).toContain(code);
  });

  it('names an unknown airport by city and code', () => {
    const plan = journeyPlan({ carrier: 'iposita-ems', destination: { city: 'Lhasa', country: 'CN', airport: 'LXA' } });
    expect(plan[0].location).toBe('Kigali Central Post Office');
    expect(plan[3].location).toBe('Lhasa airport (LXA)');
    expect(plan[6].description).toBe('Delivered to the consignee');
  });
});

describe('journeyEventId', () => {
  it('is stable per booking and step', () => {
    expect(journeyEventId('b1', 0)).toBe('b1-1');
    expect(journeyEventId('b1', 6)).toBe('b1-7');
  });
});

describe('retryDelayMs', () => {
  it('doubles from 200 ms and stops at 5 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 100].map((n) => retryDelayMs(n))).toEqual([
      200, 400, 800, 1600, 3200, 5000, 5000, 5000,
    ]);
  });
});

describe('journeyPlan with faults', () => {
  const destination = { city: 'Shanghai', country: 'CN', airport: 'PVG' };
  const none = { customsHold: false, customsHoldSteps: 2, lostParcel: false, lostAfter: 'in_transit' } as const;

  it('puts a customs hold after arrival and clears customs only after the configured steps', () => {
    const plan = journeyPlan({
      carrier: 'express',
      destination,
      faults: { ...none, customsHold: true, customsHoldSteps: 4 },
    });
    expect(plan.map((m) => m.code)).toEqual([
      'accepted',
      'departed_origin',
      'in_transit',
      'arrived_destination',
      'customs_hold',
      'customs_cleared',
      'out_for_delivery',
      'delivered',
    ]);
    expect(plan[4]).toEqual({
      code: 'customs_hold',
      location: 'Shanghai, CN',
      description: 'Held by China Customs (GACC) for inspection',
    });
    expect(plan[5].pauseSteps).toBe(4);
    expect(plan.filter((m) => m.pauseSteps !== undefined)).toHaveLength(1);
  });

  it.each(['departed_origin', 'in_transit'] as const)('ends a parcel lost after %s in an exception', (lostAfter) => {
    const plan = journeyPlan({ carrier: 'air-cargo', destination, faults: { ...none, lostParcel: true, lostAfter } });
    const at = plan.findIndex((m) => m.code === lostAfter);
    expect(plan).toHaveLength(at + 2);
    expect(plan.at(-1)).toEqual({ code: 'exception', location: plan[at].location, description: PARCEL_LOST });
    expect(PARCEL_LOST).toBe('parcel lost');
  });

  it('walks the plain journey when no fault bends it', () => {
    expect(journeyPlan({ carrier: 'express', destination, faults: none })).toEqual(
      journeyPlan({ carrier: 'express', destination }),
    );
  });
});
