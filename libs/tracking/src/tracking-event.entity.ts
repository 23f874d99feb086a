import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One event a carrier pushed; kept even when it does not move the shipment (late or repeated). */
@Entity('tracking_event')
export class TrackingEvent {
  /** UUIDv7, assigned by Corridor. */
  @PrimaryColumn('uuid')
  id: string;

  /** The shipment its tracking number belongs to. */
  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  /** The carrier code that pushed it. */
  @Column({ type: 'text' })
  carrier: string;

  /** The carrier's own id for the event; unique per carrier, so a repeated push is stored once. */
  @Column({ name: 'event_id', type: 'text' })
  eventId: string;

  /** The contract's carrier event code (`in_transit`, …). */
  @Column({ type: 'text' })
  code: string;

  /** When it happened, by the carrier; the journey is ordered by this, never by arrival. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** Where, as the carrier wrote it; the public tracking answer shows it only through `publicLocation`. */
  @Column({ type: 'text' })
  location: string;

  /** The carrier's own text. */
  @Column({ type: 'text' })
  description: string;

  /** When Corridor stored it. */
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
