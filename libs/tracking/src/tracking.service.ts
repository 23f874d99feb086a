import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  SYSTEM_ACTOR,
  trackingNumberProblem,
  isMilestone,
  milestoneRank,
  type Actor,
  type CarrierEventCode,
  type Milestone,
  type ShipmentStatus,
} from '@corridor/domain';
import { firstReachedAt, newId } from '@corridor/persistence';
import { JobPublisher } from '@corridor/queue';
import { ShipmentsService, type Shipment } from '@corridor/shipments';
import { StoresService } from '@corridor/purchase-orders';
import type { CarrierEventDto } from './carrier-events.dto';
import { EVENT_DESCRIPTIONS, TRANSIT_DAYS } from './event-descriptions';
import { publicLocation } from './public-location';
import { compareJourneyEvents, planJourney, type JourneyEvent } from './tracking-journey';

/** A stored carrier event, with the carrier's own text (staff-facing only). */
export interface StoredEvent extends JourneyEvent {
  id: string;
  location: string;
  description: string;
  receivedAt: Date;
}

/** The public answer of `GET /v1/tracking/:trackingNumber`. */
export interface PublicTracking {
  trackingNumber: string;
  status: ShipmentStatus;
  carrier: string | null;
  origin: string;
  destination: { city: string | null; store: string | null; cityZh: string | null; storeZh: string | null };
  estimatedDelivery: string;
  /** Oldest first, in journey order. */
  events: { code: CarrierEventCode; occurredAt: string; location: string; description: { en: string; zh: string } }[];
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  unknownTrackingNumbers: string[];
}

const CARRIER_ACTOR: Actor = SYSTEM_ACTOR;

/** Carrier tracking events in, the public journey of a parcel out. */
@Injectable()
export class TrackingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly stores: StoresService,
    private readonly jobs: JobPublisher,
  ) {}

  /**
   * Records pushed events (a repeated `eventId` is ignored) and moves each shipment as
   * {@link planJourney} says: to the furthest milestone by `occurredAt`, never back.
   */
  async ingest(carrier: string, events: CarrierEventDto[]): Promise<IngestResult> {
    const result: IngestResult = { accepted: 0, duplicates: 0, unknownTrackingNumbers: [] };
    const byNumber = new Map<string, CarrierEventDto[]>();
    for (const e of events) byNumber.set(e.trackingNumber, [...(byNumber.get(e.trackingNumber) ?? []), e]);
    for (const [trackingNumber, group] of byNumber) {
      await this.dataSource.transaction(async (manager) => {
        const shipment = await this.shipments.byTrackingNumber(manager, trackingNumber, carrier);
        if (!shipment) {
          result.unknownTrackingNumbers.push(trackingNumber);
          return;
        }
        const fresh = new Set<string>();
        for (const e of group) {
          // Milliseconds, as the ordering of events compares them: a finer stored instant
          // would let two events tie in one place and not in the other.
          const inserted: unknown[] = await manager.query(
            `INSERT INTO tracking_event (id, shipment_id, carrier, event_id, code, occurred_at, location, description, received_at)
             VALUES ($1, $2, $3, $4, $5, date_trunc('milliseconds', $6::timestamptz), $7, $8, now())
             ON CONFLICT (carrier, event_id) DO NOTHING RETURNING id`,
            [newId(), shipment.id, carrier, e.eventId, e.code, e.occurredAt, e.location, e.description],
          );
          if (inserted.length > 0) {
            result.accepted += 1;
            fresh.add(e.eventId);
          } else {
            result.duplicates += 1;
          }
        }
        if (fresh.size > 0) await this.follow(manager, await this.shipments.load(manager, shipment.id), fresh);
      });
    }
    return result;
  }

  /**
   * Makes the moves the freshly stored events call for, in journey order; an exception opens
   * an `exception_review` task. A repeated or older event is history only, so it cannot undo
   * a staff `resume`.
   */
  private async follow(manager: EntityManager, shipment: Shipment, fresh: Set<string>): Promise<void> {
    const events = await this.storedEvents(manager, shipment.id);
    const steps = planJourney({
      state: {
        status: shipment.status,
        milestoneBeforeException: (shipment.milestoneBeforeException as Milestone | null) ?? null,
      },
      events,
      fresh,
    });
    for (const step of steps) {
      const event = step.event;
      if (step.kind === 'reach') {
        await this.shipments.apply({
          manager,
          shipment,
          action: `reach_${step.to}`,
          actor: CARRIER_ACTOR,
          reason:
            step.to === 'handed_over'
              ? event.code === 'accepted'
                ? 'carrier accepted the parcel'
                : `carrier reported ${event.code}, so it holds the parcel`
              : null,
          set: step.from === 'exception' ? { milestone_before_exception: null } : undefined,
        });
        continue;
      }
      await this.shipments.apply({
        manager,
        shipment,
        action: 'exception',
        actor: CARRIER_ACTOR,
        reason: `${event.code}: ${event.description}`.slice(0, 500),
        set: { milestone_before_exception: step.from },
        jobs: {
          'task.open': {
            type: 'exception_review',
            subject: { kind: 'shipment', id: shipment.id },
            summary:
              `Shipment ${shipment.trackingNumber} reported ${event.code} at ${event.location}: ${event.description}`.slice(
                0,
                1000,
              ),
            // One review per exception event: a later exception, after the carrier moved on, is new trouble.
            dedupeKey: `exception_review:${shipment.id}:${event.id}`,
            data: { eventCode: event.code, eventId: event.eventId, milestoneBeforeException: step.from },
          },
        },
      });
    }
  }

  /** Every event stored for the shipment, oldest first in journey order. */
  async storedEvents(manager: EntityManager, shipmentId: string): Promise<StoredEvent[]> {
    const rows: {
      id: string;
      event_id: string;
      code: CarrierEventCode;
      occurred_at: Date;
      location: string;
      description: string;
      received_at: Date;
    }[] = await manager.query(
      `SELECT id, event_id, code, occurred_at, location, description, received_at FROM tracking_event WHERE shipment_id = $1`,
      [shipmentId],
    );
    return rows
      .map((r) => ({
        id: r.id,
        eventId: r.event_id,
        code: r.code,
        occurredAt: r.occurred_at,
        location: r.location,
        description: r.description,
        receivedAt: r.received_at,
      }))
      .sort(compareJourneyEvents);
  }

  /** When each of these shipments last received an event from its carrier; absent if never. */
  async lastHeard(manager: EntityManager, shipmentIds: string[]): Promise<Map<string, Date>> {
    if (shipmentIds.length === 0) return new Map();
    const rows: { shipment_id: string; at: Date }[] = await manager.query(
      `SELECT shipment_id, max(received_at) AS at FROM tracking_event WHERE shipment_id = ANY($1::uuid[]) GROUP BY shipment_id`,
      [shipmentIds],
    );
    return new Map(rows.map((r) => [r.shipment_id, r.at]));
  }

  /** Steps forward to `target` (through `handed_over` when still booked); never backwards. */
  async advance(
    manager: EntityManager,
    shipment: Shipment,
    target: Milestone,
    actor: Actor = CARRIER_ACTOR,
    reason?: string,
  ): Promise<void> {
    if (shipment.status === 'handoff_booked') {
      await this.shipments.apply({
        manager,
        shipment,
        action: 'reach_handed_over',
        actor,
        reason: reason ?? 'carrier accepted the parcel',
      });
      if (target === 'handed_over') return;
    }
    if (shipment.status === 'exception') {
      const floor = shipment.milestoneBeforeException ?? 'handed_over';
      const to = milestoneRank(target) >= milestoneRank(floor) ? target : (floor as Milestone);
      await this.shipments.apply({
        manager,
        shipment,
        action: `reach_${to}`,
        actor,
        reason,
        set: { milestone_before_exception: null },
      });
      return;
    }
    if (isMilestone(shipment.status) && milestoneRank(target) > milestoneRank(shipment.status)) {
      await this.shipments.apply({ manager, shipment, action: `reach_${target}`, actor, reason });
    }
  }

  /**
   * What anyone with the tracking number may see: the contract's fields only. Descriptions are
   * Corridor's own wording per event code and locations are trimmed to a plain place name, so
   * no carrier free text (which may name people) and no prices or supplier details leave.
   */
  async publicView(trackingNumber: string): Promise<PublicTracking> {
    const problem = trackingNumberProblem(trackingNumber);
    if (problem) throw DomainError.validation('trackingNumber', problem);
    const manager = this.dataSource.manager;
    const shipment = await this.shipments.findByTrackingNumber(manager, trackingNumber);
    if (!shipment) throw DomainError.notFound('tracking number');
    const store = await this.stores.find(manager, shipment.storeCode);
    const events = await this.storedEvents(manager, shipment.id);
    const handedOver = await firstReachedAt(manager, shipment.id, 'handed_over');
    const delivered = events.find((e) => e.code === 'delivered');
    const start = handedOver ?? new Date();
    const estimatedDelivery = delivered
      ? delivered.occurredAt.toISOString().slice(0, 10)
      : new Date(start.getTime() + (TRANSIT_DAYS[shipment.mode] ?? 7) * 86_400_000).toISOString().slice(0, 10);
    return {
      trackingNumber,
      status: shipment.status,
      carrier: shipment.carrier,
      origin: 'Kigali, RW',
      destination: {
        city: store?.cityEn ?? null,
        store: store?.nameEn ?? null,
        cityZh: store?.cityZh ?? null,
        storeZh: store?.nameZh ?? null,
      },
      estimatedDelivery,
      events: events.map((e) => ({
        code: e.code,
        occurredAt: e.occurredAt.toISOString(),
        location: publicLocation(e.location),
        description: { en: EVENT_DESCRIPTIONS[e.code].en, zh: EVENT_DESCRIPTIONS[e.code].zh },
      })),
    };
  }
}
