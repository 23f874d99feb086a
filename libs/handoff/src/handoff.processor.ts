import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CARRIER_BY_MODE, SYSTEM_ACTOR, formatCm, formatKg } from '@corridor/domain';
import { JobHandler, JobPublisher, type JobContext, type JobPayloads } from '@corridor/queue';
import { ShipmentsService } from '@corridor/shipments';
import { StoresService } from '@corridor/purchase-orders';
import { CustomsDocumentsService } from '@corridor/customs-documents';
import { CarrierClient, CarrierRefusal, type BookingRequest } from './carrier-client';

/**
 * Books shipments with their carrier, and tells the carrier when staff have dropped the
 * parcels off. Carrier calls are idempotent on the carrier's side and happen outside the
 * database transaction; the transaction that follows re-checks the shipment's status, so a
 * retried or duplicated job never books twice nor moves a shipment twice.
 */
@Injectable()
export class HandoffProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly stores: StoresService,
    private readonly documents: CustomsDocumentsService,
    private readonly carriers: CarrierClient,
    private readonly jobs: JobPublisher,
  ) {}

  /** Books a `documents_ready` shipment with the carrier of its mode and stores its labels. */
  @JobHandler('handoff.book')
  async book(
    payload: JobPayloads['handoff.book'],
    context: JobContext,
  ): Promise<{ outcome: string; trackingNumber?: string }> {
    const current = await this.shipments.findById(this.dataSource.manager, payload.shipmentId);
    if (!current) return { outcome: 'skipped' };
    const store = await this.stores.find(this.dataSource.manager, current.storeCode);
    if (!store) throw new CarrierRefusal(`shipment ${current.id} names unknown store ${current.storeCode}`);
    const carrier = CARRIER_BY_MODE[current.mode];
    const request: BookingRequest = {
      reference: current.id,
      packages: [...current.packages]
        .sort((a, b) => a.position - b.position)
        .map((p) => ({
          reference: p.reference,
          grossWeightKg: formatKg(p.grossWeightG),
          lengthCm: formatCm(p.lengthUm),
          widthCm: formatCm(p.widthUm),
          heightCm: formatCm(p.heightUm),
        })),
      origin: { city: 'Kigali', country: 'RW' },
      destination: { city: store.cityEn, country: 'CN', airport: store.destinationAirport, storeCode: store.code },
    };
    if (current.status === 'cancelled' && !current.carrierBookingId && context.attempt > 1) {
      // An earlier attempt may have booked before the order was cancelled: the same
      // idempotency key finds that booking (or makes one), and it is cancelled at once.
      const orphan = await this.carriers.book(carrier, request);
      await this.dataSource.transaction((manager) =>
        this.jobs.publish(manager, 'handoff.cancel_booking', {
          shipmentId: current.id,
          actor: payload.actor,
          booking: { carrier, bookingId: orphan.bookingId },
        }),
      );
      return { outcome: 'cancelled_while_booking' };
    }
    if (current.status !== 'documents_ready') return { outcome: 'skipped' };
    const booking = await this.carriers.book(carrier, request);
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipments.lock(manager, payload.shipmentId);
      if (!shipment || shipment.status !== 'documents_ready') {
        // Cancelled while the carrier answered: the booking must not stay behind.
        if (shipment?.status === 'cancelled') {
          await this.jobs.publish(manager, 'handoff.cancel_booking', {
            shipmentId: payload.shipmentId,
            actor: payload.actor,
            booking: { carrier, bookingId: booking.bookingId },
          });
        }
        return { outcome: 'skipped' };
      }
      await this.documents.storeLabels(manager, shipment, { carrier, trackingNumber: booking.trackingNumber });
      const papers = await this.documents.papersToPrint(manager, shipment);
      await this.shipments.apply({
        manager,
        shipment,
        action: 'book_handoff',
        // The pipeline booked it: the history credits the system, not the exporter who shipped.
        actor: SYSTEM_ACTOR,
        set: { carrier, tracking_number: booking.trackingNumber, carrier_booking_id: booking.bookingId },
        jobs: {
          'task.open': {
            type: 'handoff_dropoff',
            subject: { kind: 'shipment', id: shipment.id },
            summary: `Print ${papers.labelDocumentIds.length} label(s) and ${papers.documentIds.length} document(s), drop ${shipment.packages.length} parcel(s) of shipment ${booking.trackingNumber} at ${carrier} and enter the receipt number`,
            dedupeKey: `handoff_dropoff:${shipment.id}`,
            data: {
              carrier,
              trackingNumber: booking.trackingNumber,
              packages: shipment.packages.length,
              documentsVersion: shipment.documentsVersion,
              ...papers,
            },
          },
        },
      });
      return { outcome: 'booked', trackingNumber: booking.trackingNumber };
    });
  }

  /**
   * Staff dropped the parcels off: the shipment is `handed_over` at once (under its row lock,
   * so a concurrent order cancel either sees it or wins first), and the carrier is told by a
   * job of its own, retried while the carrier is away.
   */
  @JobHandler('handoff.dropoff_completed')
  async dropoffCompleted(payload: JobPayloads['handoff.dropoff_completed']): Promise<{ outcome: string }> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipments.lock(manager, payload.subject.id);
      if (!shipment || shipment.status !== 'handoff_booked') return { outcome: 'skipped' };
      const receiptNumber = String(payload.data.receiptNumber);
      await this.shipments.apply({
        manager,
        shipment,
        action: 'reach_handed_over',
        actor: payload.actor,
        reason: `handed over, receipt ${receiptNumber}`,
        jobs: {
          'handoff.notify_handover': {
            shipmentId: shipment.id,
            receiptNumber,
            handedOverAt: new Date().toISOString(),
            actor: payload.actor,
          },
        },
      });
      return { outcome: 'handed_over' };
    });
  }

  /** Tells the carrier the parcels are in its hands; the sandbox starts the journey then. */
  @JobHandler('handoff.notify_handover')
  async notifyHandover(payload: JobPayloads['handoff.notify_handover']): Promise<{ outcome: string }> {
    const shipment = await this.shipments.findById(this.dataSource.manager, payload.shipmentId);
    if (!shipment?.carrier || !shipment.carrierBookingId || shipment.status === 'cancelled')
      return { outcome: 'skipped' };
    await this.carriers.handover(shipment.carrier, shipment.carrierBookingId, {
      receiptNumber: payload.receiptNumber,
      handedOverAt: payload.handedOverAt,
    });
    return { outcome: 'told' };
  }

  /** Cancels the carrier booking of a cancelled shipment (or the one the payload names). */
  @JobHandler('handoff.cancel_booking')
  async cancelBooking(payload: JobPayloads['handoff.cancel_booking']): Promise<{ outcome: string }> {
    const shipment = await this.shipments.findById(this.dataSource.manager, payload.shipmentId);
    const booking =
      payload.booking ??
      (shipment?.carrier && shipment.carrierBookingId
        ? { carrier: shipment.carrier, bookingId: shipment.carrierBookingId }
        : null);
    if (!booking) return { outcome: 'skipped' };
    await this.carriers.cancel(booking.carrier, booking.bookingId);
    return { outcome: 'cancelled' };
  }
}
