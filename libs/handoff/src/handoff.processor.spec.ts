import type { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '@corridor/domain';
import type { JobPublisher } from '@corridor/queue';
import type { Shipment, ShipmentsService } from '@corridor/shipments';
import type { StoresService } from '@corridor/purchase-orders';
import type { CustomsDocumentsService } from '@corridor/customs-documents';
import type { CarrierClient } from './carrier-client';
import { HandoffProcessor } from './handoff.processor';

const shipmentId = '01936b2e-0000-7000-8000-000000000002';
const context = { jobId: 'j', attempt: 1, maxAttempts: 8 };

/** A processor whose shipment look-up answers as `find` does; every carrier call is recorded. */
function setup(find: () => Promise<Shipment | null>) {
  const manager = {} as EntityManager;
  const dataSource = { manager } as unknown as DataSource;
  const shipments = { findById: jest.fn(find) } as unknown as ShipmentsService;
  const carriers = { book: jest.fn(), handover: jest.fn(), cancel: jest.fn() };
  const processor = new HandoffProcessor(
    dataSource,
    shipments,
    {} as StoresService,
    {} as CustomsDocumentsService,
    carriers as unknown as CarrierClient,
    {} as JobPublisher,
  );
  return { processor, carriers };
}

/**
 * Absence is a value, failure is thrown: a shipment that is gone ends the job as skipped, but a
 * database that cannot be reached must fail the job so it is retried, not mark it done with its
 * work lost (a booking the carrier holds and Corridor never records).
 */
describe('HandoffProcessor and its shipment look-ups', () => {
  const fault = new Error('connect ECONNREFUSED 127.0.0.1:5432');

  it('skips a booking, a hand-over notice and a cancellation whose shipment is gone', async () => {
    const { processor, carriers } = setup(() => Promise.resolve(null));
    await expect(processor.book({ shipmentId, actor: SYSTEM_ACTOR }, context)).resolves.toEqual({
      outcome: 'skipped',
    });
    await expect(
      processor.notifyHandover({
        shipmentId,
        receiptNumber: 'R-1',
        handedOverAt: '2026-12-03T10:00:00.000Z',
        actor: SYSTEM_ACTOR,
      }),
    ).resolves.toEqual({ outcome: 'skipped' });
    await expect(processor.cancelBooking({ shipmentId, actor: SYSTEM_ACTOR })).resolves.toEqual({ outcome: 'skipped' });
    expect(carriers.book).not.toHaveBeenCalled();
    expect(carriers.handover).not.toHaveBeenCalled();
    expect(carriers.cancel).not.toHaveBeenCalled();
  });

  it('throws a database fault from each, so the job is retried', async () => {
    const { processor, carriers } = setup(() => Promise.reject(fault));
    await expect(processor.book({ shipmentId, actor: SYSTEM_ACTOR }, context)).rejects.toBe(fault);
    await expect(
      processor.notifyHandover({
        shipmentId,
        receiptNumber: 'R-1',
        handedOverAt: '2026-12-03T10:00:00.000Z',
        actor: SYSTEM_ACTOR,
      }),
    ).rejects.toBe(fault);
    await expect(processor.cancelBooking({ shipmentId, actor: SYSTEM_ACTOR })).rejects.toBe(fault);
    expect(carriers.book).not.toHaveBeenCalled();
  });
});
