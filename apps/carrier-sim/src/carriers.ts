import { CARRIER_CODES } from '@corridor/config';

export type CarrierCode = (typeof CARRIER_CODES)[number];

/** What the sandbox pretends each carrier is; the journey texts come from here. */
export interface CarrierProfile {
  readonly code: CarrierCode;
  readonly name: string;
  /** The product name printed on the label. */
  readonly serviceName: string;
  readonly kind: 'postal' | 'courier' | 'air_cargo';
  /** Where a parcel is accepted in Kigali. */
  readonly acceptanceLocation: string;
  /** The hub a parcel changes planes at on its way to China. */
  readonly transitHub: string;
  /** Per-package weight ceiling in grams, or null when the sandbox sets none. */
  readonly maxPackageGrams: number | null;
}

export const CARRIER_PROFILES: Readonly<Record<CarrierCode, CarrierProfile>> = {
  'iposita-ems': {
    code: 'iposita-ems',
    name: 'Iposita EMS',
    serviceName: 'EMS International',
    kind: 'postal',
    acceptanceLocation: 'Kigali Central Post Office',
    transitHub: 'Dubai International Airport (DXB)',
    // UPU EMS parcels stop at 30 kg; the contract's postal rule uses the same ceiling.
    maxPackageGrams: 30_000,
  },
  express: {
    code: 'express',
    name: 'Express Courier',
    serviceName: 'Express Worldwide',
    kind: 'courier',
    acceptanceLocation: 'Express service centre, Kigali',
    transitHub: 'Addis Ababa Bole International Airport (ADD)',
    maxPackageGrams: null,
  },
  'air-cargo': {
    code: 'air-cargo',
    name: 'Air Cargo',
    serviceName: 'General Air Cargo',
    kind: 'air_cargo',
    acceptanceLocation: 'Kigali International Airport (KGL) cargo terminal',
    transitHub: 'Hamad International Airport, Doha (DOH)',
    maxPackageGrams: null,
  },
};

export function isCarrierCode(value: string): value is CarrierCode {
  return Object.prototype.hasOwnProperty.call(CARRIER_PROFILES, value);
}
