import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One event a carrier pushed; kept even when it does not move the shipment (late or repeated). */
@Entity('tracking_event')
export class TrackingEvent {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  @Column({ type: 'text' })
  carrier: string;

  @Column({ name: 'event_id', type: 'text' })
  eventId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  location: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
