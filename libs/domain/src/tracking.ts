import type { ShipmentStatus } from './shipment';

/**
 * The event codes of the API contract that a carrier's tracking feed may report, a journey's milestones first, then its troubles;
 * {@link STATUS_BY_EVENT_CODE} says what each does to the shipment.
 */
export const CARRIER_EVENT_CODES = [
  'accepted',
  'departed_origin',
  'in_transit',
  'arrived_destination',
  'customs_hold',
  'customs_cleared',
  'out_for_delivery',
  'delivered',
  'exception',
  'returned',
] as const;
/** One of {@link CARRIER_EVENT_CODES}. */
export type CarrierEventCode = (typeof CARRIER_EVENT_CODES)[number];

/** The contract's mapping from carrier event codes to shipment statuses. */
export const STATUS_BY_EVENT_CODE: Readonly<Record<CarrierEventCode, ShipmentStatus>> = {
  accepted: 'handed_over',
  departed_origin: 'in_transit',
  in_transit: 'in_transit',
  arrived_destination: 'arrived',
  customs_cleared: 'customs_cleared',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  customs_hold: 'exception',
  exception: 'exception',
  returned: 'exception',
};

/** Whether a value (a carrier's payload, a stored row) is one of {@link CARRIER_EVENT_CODES}. */
export function isCarrierEventCode(value: unknown): value is CarrierEventCode {
  return typeof value === 'string' && (CARRIER_EVENT_CODES as readonly string[]).includes(value);
}

/** Tracking numbers are 8–40 of A–Z and 0–9 (UPU S10 numbers such as EE123456789RW fit). */
export const TRACKING_NUMBER_PATTERN = /^[A-Z0-9]{8,40}$/;
