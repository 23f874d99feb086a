import {
  bookingFault,
  DEFAULT_FAULT_SETTINGS,
  effectiveFaults,
  journeyFaults,
  shuffledOrder,
  validateFaultConfig,
  type FaultConfig,
} from './faults';

function valid(body: unknown): FaultConfig {
  const result = validateFaultConfig(body);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function issues(body: unknown): string[] {
  const result = validateFaultConfig(body);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(body)}`);
  return result.issues.map((i) => `${i.field}: ${i.issue}`);
}

describe('validateFaultConfig', () => {
  it('turns {} into no faults at all', () => {
    const config = valid({});
    expect(config).toEqual({ seed: 1, all: DEFAULT_FAULT_SETTINGS, carriers: {} });
    expect(effectiveFaults(config, 'express')).toMatchObject({ bookingErrorRate: 0, timeoutMs: 15_000 });
  });

  it('lays carrier overrides over `all`, and `all` over the defaults', () => {
    const config = valid({
      seed: 42,
      all: { bookingErrorRate: 0.2, duplicateEvents: true },
      carriers: { express: { bookingErrorRate: 0.5, bookingTimeoutRate: 0.5, timeoutMs: 500 } },
    });
    expect(effectiveFaults(config, 'express')).toMatchObject({
      bookingErrorRate: 0.5,
      bookingTimeoutRate: 0.5,
      timeoutMs: 500,
      duplicateEvents: true,
    });
    expect(effectiveFaults(config, 'air-cargo')).toMatchObject({ bookingErrorRate: 0.2, timeoutMs: 15_000 });
    expect(journeyFaults(config, 'air-cargo')).toEqual({
      seed: 42,
      duplicateEvents: true,
      shuffleEvents: false,
      shuffleBatchSize: 3,
      customsHold: false,
      customsHoldSteps: 2,
      lostParcel: false,
      lostAfter: 'in_transit',
    });
  });

  it.each([
    [{ all: { bookingErrorRate: 1.5 } }, 'all.bookingErrorRate: must be a number from 0 to 1'],
    [{ all: { bookingErrorRate: '0.5' } }, 'all.bookingErrorRate: must be a number from 0 to 1'],
    [{ all: { duplicateEvents: 'yes' } }, 'all.duplicateEvents: must be true or false'],
    [{ all: { timeoutMs: 0 } }, 'all.timeoutMs: must be an integer from 1 to 600000'],
    [{ all: { customsHoldSteps: 1.5 } }, 'all.customsHoldSteps: must be an integer from 1 to 100'],
    [{ all: { lostAfter: 'delivered' } }, 'all.lostAfter: must be one of departed_origin, in_transit'],
    [{ all: { explode: true } }, 'all.explode: is not an allowed field'],
    [{ carriers: { fedex: {} } }, 'carriers.fedex: is not a carrier (iposita-ems, express, air-cargo)'],
    [{ seed: -1 }, 'seed: must be a non-negative integer'],
    [{ faults: {} }, 'faults: is not an allowed field'],
    [[], 'body: must be a JSON object'],
    [
      { all: { bookingErrorRate: 0.6 }, carriers: { express: { bookingTimeoutRate: 0.6 } } },
      'carriers.express: bookingErrorRate + bookingTimeoutRate must not exceed 1 (for express)',
    ],
  ])('refuses %j', (body, issue) => {
    expect(issues(body)).toContain(issue);
  });
});

describe('bookingFault', () => {
  const settings = { bookingErrorRate: 0.3, bookingTimeoutRate: 0.2 };
  const run = (seed: number) =>
    Array.from({ length: 1000 }, (_, i) => bookingFault({ seed, carrier: 'express', requestNumber: i + 1, settings }));

  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(run(7)).toEqual(run(7));
    expect(run(8)).not.toEqual(run(7));
  });

  it('hits about the configured share of requests', () => {
    const faults = run(7);
    const errors = faults.filter((f) => f === 'error').length;
    const timeouts = faults.filter((f) => f === 'timeout').length;
    expect(errors).toBeGreaterThan(250);
    expect(errors).toBeLessThan(350);
    expect(timeouts).toBeGreaterThan(150);
    expect(timeouts).toBeLessThan(250);
  });

  it('never fires at rate 0 and always at rate 1', () => {
    for (let n = 1; n <= 100; n++) {
      const base = { seed: 3, carrier: 'iposita-ems' as const, requestNumber: n };
      expect(bookingFault({ ...base, settings: { bookingErrorRate: 0, bookingTimeoutRate: 0 } })).toBeNull();
      expect(bookingFault({ ...base, settings: { bookingErrorRate: 1, bookingTimeoutRate: 0 } })).toBe('error');
      expect(bookingFault({ ...base, settings: { bookingErrorRate: 0, bookingTimeoutRate: 1 } })).toBe('timeout');
    }
  });
});

describe('shuffledOrder', () => {
  it('is a reproducible permutation that never keeps the natural order', () => {
    for (let batch = 0; batch < 50; batch++) {
      for (const size of [2, 3, 5]) {
        const order = shuffledOrder({ seed: 1, bookingId: 'b1', batch, size });
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: size }, (_, i) => i));
        expect(order).not.toEqual(Array.from({ length: size }, (_, i) => i));
        expect(shuffledOrder({ seed: 1, bookingId: 'b1', batch, size })).toEqual(order);
      }
    }
  });

  it('leaves a batch of one alone', () => {
    expect(shuffledOrder({ seed: 1, bookingId: 'b1', batch: 0, size: 1 })).toEqual([0]);
  });
});
