import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@corridor/config';
import { SYSTEM_ACTOR } from '@corridor/domain';
import type { JobPublisher } from '@corridor/queue';
import type { Shipment, ShipmentsService } from '@corridor/shipments';
import { CarrierRefusal, type CarrierClient, type CarrierTracking } from '@corridor/handoff';
import type { TrackingService } from './tracking.service';
import { POLLED_STATUSES, TrackingPollProcessor } from './tracking-poll.processor';

const shipmentId = '01936b2e-0000-7000-8000-000000000001';

function event(eventId: string, overrides: Record<string, unknown> = {}) {
  return {
    eventId,
    trackingNumber: 'EX12345678RW',
    code: 'in_transit',
    occurredAt: '2026-11-28T09:15:00.000Z',
    location: 'Addis Ababa, ET',
    description: 'In transit',
    ...overrides,
  };
}

function setup(
  options: { status?: string; track?: () => Promise<CarrierTracking>; find?: () => Promise<Shipment | null> } = {},
) {
  const shipment = {
    id: shipmentId,
    status: options.status ?? 'in_transit',
    carrier: 'express',
    trackingNumber: 'EX12345678RW',
  } as Shipment;
  const query = jest.fn().mockResolvedValue([{ id: 'a' }, { id: 'b' }]);
  const manager = { query } as unknown as EntityManager;
  const dataSource = {
    manager,
    transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager),
  } as unknown as DataSource;
  const findById = jest.fn(options.find ?? (() => Promise.resolve(shipment)));
  const cutoff = new Date('2026-11-28T10:00:00.000Z');
  const at = (minutes: number) => new Date(cutoff.getTime() + minutes * 60_000);
  // a and b changed before the cutoff; c was heard from after it; d's news is the oldest.
  const quietFor = jest.fn().mockResolvedValue({
    cutoff,
    shipments: [
      { id: 'b', updatedAt: at(-30) },
      { id: 'a', updatedAt: at(-40) },
      { id: 'c', updatedAt: at(-50) },
      { id: 'd', updatedAt: at(-90) },
    ],
  });
  const shipments = { findById, quietFor } as unknown as ShipmentsService;
  const ingest = jest.fn().mockResolvedValue({ accepted: 1, duplicates: 0, unknownTrackingNumbers: [] });
  const lastHeard = jest.fn().mockResolvedValue(
    new Map([
      ['a', at(-10)],
      ['c', at(5)],
      ['d', at(-95)],
    ]),
  );
  const tracking = { ingest, lastHeard } as unknown as TrackingService;
  const track = jest.fn(
    options.track ?? (() => Promise.resolve({ trackingNumber: 'EX12345678RW', status: 'in_transit', events: [] })),
  );
  const carriers = { track } as unknown as CarrierClient;
  const publish = jest.fn().mockResolvedValue('outbox-id');
  const jobs = { publish } as unknown as JobPublisher;
  const config = AppConfig.fromEnv({ TRACKING_STALE_AFTER_MS: '2000' });
  const processor = new TrackingPollProcessor(dataSource, shipments, tracking, carriers, jobs, config);
  return { processor, query, ingest, track, publish, quietFor, lastHeard };
}

const firstAttempt = { jobId: 'j', attempt: 1, maxAttempts: 3 };
const lastAttempt = { jobId: 'j', attempt: 3, maxAttempts: 3 };

describe('TrackingPollProcessor.poll', () => {
  it('skips a shipment that is gone', async () => {
    const { processor, track } = setup({ find: () => Promise.resolve(null) });
    await expect(processor.poll({ shipmentId }, firstAttempt)).resolves.toEqual({ outcome: 'skipped' });
    expect(track).not.toHaveBeenCalled();
  });

  it('throws a database fault, so the job is retried instead of done as skipped', async () => {
    const fault = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    const { processor, track } = setup({ find: () => Promise.reject(fault) });
    await expect(processor.poll({ shipmentId }, firstAttempt)).rejects.toBe(fault);
    expect(track).not.toHaveBeenCalled();
  });

  it('ingests the events the carrier returns for the shipment’s number, as pushed ones are', async () => {
    const { processor, ingest, track } = setup({
      track: () =>
        Promise.resolve({ trackingNumber: 'EX12345678RW', status: 'in_transit', events: [event('e1'), event('e2')] }),
    });

    const result = await processor.poll({ shipmentId }, firstAttempt);

    expect(track).toHaveBeenCalledWith('express', 'EX12345678RW');
    expect(ingest).toHaveBeenCalledWith('express', [
      expect.objectContaining({ eventId: 'e1' }),
      expect.objectContaining({ eventId: 'e2' }),
    ]);
    expect(result).toEqual({ outcome: 'polled', accepted: 1, duplicates: 0, invalid: 0 });
  });

  it('leaves out events that fail the webhook’s checks or name another parcel, and ingests the rest', async () => {
    const { processor, ingest } = setup({
      track: () =>
        Promise.resolve({
          trackingNumber: 'EX12345678RW',
          status: 'in_transit',
          events: [
            event('e1'),
            event('e2', { code: 'teleported' }),
            event('e3', { trackingNumber: 'EX99999999RW' }),
            event('e4', { occurredAt: 'yesterday' }),
          ],
        }),
    });

    const result = await processor.poll({ shipmentId }, firstAttempt);

    expect(ingest).toHaveBeenCalledWith('express', [expect.objectContaining({ eventId: 'e1' })]);
    expect(result.invalid).toBe(3);
  });

  it.each(['documents_ready', 'handoff_booked', 'delivered', 'cancelled'])(
    'does not poll a shipment that is %s',
    async (status) => {
      const { processor, track } = setup({ status });

      await expect(processor.poll({ shipmentId }, firstAttempt)).resolves.toEqual({ outcome: 'skipped' });
      expect(track).not.toHaveBeenCalled();
    },
  );

  it('throws a carrier outage so the job retries, while attempts remain', async () => {
    const { processor, ingest } = setup({ track: () => Promise.reject(new Error('carrier express answered 503')) });

    await expect(processor.poll({ shipmentId }, firstAttempt)).rejects.toThrow('503');
    expect(ingest).not.toHaveBeenCalled();
  });

  it('ends quietly on the last attempt of an outage: the next scan polls again', async () => {
    const { processor } = setup({ track: () => Promise.reject(new Error('carrier express answered 503')) });

    await expect(processor.poll({ shipmentId }, lastAttempt)).resolves.toEqual({ outcome: 'carrier_unavailable' });
  });

  it('fails for good when the carrier refuses, so a person looks', async () => {
    const { processor } = setup({ track: () => Promise.reject(new CarrierRefusal('404 unknown tracking number')) });

    await expect(processor.poll({ shipmentId }, lastAttempt)).rejects.toBeInstanceOf(CarrierRefusal);
  });

  it('retries an answer without an events list', async () => {
    const { processor } = setup({ track: () => Promise.resolve({ trackingNumber: 'x' } as CarrierTracking) });

    await expect(processor.poll({ shipmentId }, firstAttempt)).rejects.toThrow(/without an events list/);
  });
});

describe('TrackingPollProcessor.pollStale', () => {
  it('publishes a poll through the outbox for each stale shipment, oldest news first, with the configured staleness', async () => {
    const { processor, publish, quietFor, lastHeard } = setup();

    const result = await processor.pollStale({ actor: SYSTEM_ACTOR });

    expect(quietFor).toHaveBeenCalledWith(expect.anything(), { statuses: POLLED_STATUSES, quietForMs: 2000 });
    expect(lastHeard).toHaveBeenCalledWith(expect.anything(), ['b', 'a', 'c', 'd']);
    expect(publish.mock.calls.map((c: unknown[]) => c.slice(1))).toEqual([
      ['tracking.poll', { shipmentId: 'd' }],
      ['tracking.poll', { shipmentId: 'b' }],
      ['tracking.poll', { shipmentId: 'a' }],
    ]);
    expect(result).toEqual({ outcome: 'polls_requested', polls: 3 });
  });
});
