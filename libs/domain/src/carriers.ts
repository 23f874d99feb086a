/**
 * The carriers Corridor books with: the one place a carrier's code, names, mode and
 * tracking-number rule are written. Config, the carrier client, the tracking page, customs
 * papers and the sandbox carriers all read it, so a carrier is added here or nowhere.
 */
import { isValidAirWaybill, isValidExpressWaybill, isValidS10 } from './carrier-numbers';
import type { ShipmentMode } from './shipment';

/** Every carrier code, in the order they are listed to people. */
export const CARRIER_CODES = ['iposita-ems', 'express', 'air-cargo'] as const;

/** A carrier's code: the path segment of its API and the value stored on a booked shipment. */
export type CarrierCode = (typeof CARRIER_CODES)[number];

/** A text in the two languages buyers read it in. */
export interface BilingualName {
  /** The English text. */
  readonly en: string;
  /** The Simplified Chinese text. */
  readonly zh: string;
}

/** The rule the numbers a carrier issues follow; a number that breaks it is refused. */
export interface TrackingNumberRule {
  /** True when `value` is a number this carrier could have issued (check digit included). */
  readonly isValid: (value: string) => boolean;
  /** The form, as an error message names it ("a UPU S10 item number with a valid check digit"). */
  readonly form: string;
}

/** One carrier, as every part of Corridor knows it. */
export interface Carrier {
  /** The carrier's key in {@link CARRIERS}, as stored on a booked shipment. */
  readonly code: CarrierCode;
  /** The shipment mode this carrier serves; each mode has exactly one carrier. */
  readonly mode: ShipmentMode;
  /** The name printed on labels. */
  readonly name: string;
  /** The service printed on labels. */
  readonly service: string;
  /** The name a buyer reads on the public tracking page. */
  readonly displayName: BilingualName;
  /** How to tell whether a tracking number could be this carrier's. */
  readonly trackingNumber: TrackingNumberRule;
}

/**
 * The carriers by code. Looked up with any string (a stored shipment's carrier) it may give
 * `undefined`; looked up with a {@link CarrierCode} it always gives the carrier.
 */
export const CARRIERS: Readonly<Record<CarrierCode, Carrier>> & Readonly<Record<string, Carrier | undefined>> = {
  'iposita-ems': {
    code: 'iposita-ems',
    mode: 'postal',
    name: 'Iposita EMS',
    service: 'EMS parcel',
    displayName: { en: 'Iposita EMS (post)', zh: '卢旺达邮政 EMS' },
    trackingNumber: { isValid: isValidS10, form: 'a UPU S10 item number with a valid check digit' },
  },
  express: {
    code: 'express',
    mode: 'courier',
    name: 'Express courier',
    service: 'Express',
    displayName: { en: 'Express courier', zh: '国际快递' },
    trackingNumber: { isValid: isValidExpressWaybill, form: 'an express waybill (EX and 10 digits)' },
  },
  'air-cargo': {
    code: 'air-cargo',
    mode: 'air_cargo',
    name: 'Air cargo',
    service: 'Air cargo via KGL',
    displayName: { en: 'Air cargo', zh: '航空货运' },
    trackingNumber: { isValid: isValidAirWaybill, form: 'an air waybill with a valid check digit' },
  },
};

/** True when `value` is the code of a carrier Corridor books with. */
export function isCarrierCode(value: string): value is CarrierCode {
  return (CARRIER_CODES as readonly string[]).includes(value);
}

/** The carrier that carries each shipment mode, read off the registry. */
export const CARRIER_BY_MODE: Readonly<Record<ShipmentMode, CarrierCode>> = Object.fromEntries(
  CARRIER_CODES.map((code) => [CARRIERS[code].mode, code]),
) as Record<ShipmentMode, CarrierCode>;
