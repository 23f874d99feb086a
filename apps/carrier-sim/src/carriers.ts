import type { CarrierCode } from '@corridor/domain';

/**
 * What the sandbox pretends each carrier of the registry (`CARRIERS` in `@corridor/domain`) is
 * beyond what Corridor knows of it: where it takes parcels in, where they change planes, what
 * it accepts. The journey texts come from here.
 */
export interface CarrierProfile {
  /** How the carrier names itself in its own event texts (its brand, not Corridor's label name). */
  readonly name: string;
  /** The product name printed on the label. */
  readonly serviceName: string;
  /** Where a parcel is accepted in Kigali. */
  readonly acceptanceLocation: string;
  /** The hub a parcel changes planes at on its way to China. */
  readonly transitHub: string;
  /** Per-package weight ceiling in grams, or null when the sandbox sets none. */
  readonly maxPackageGrams: number | null;
}

/** One profile per registered carrier: a carrier added to the registry without one does not compile. */
export const CARRIER_PROFILES: Readonly<Record<CarrierCode, CarrierProfile>> = {
  'iposita-ems': {
    name: 'Iposita EMS',
    serviceName: 'EMS International',
    acceptanceLocation: 'Kigali Central Post Office',
    transitHub: 'Dubai International Airport (DXB)',
    // UPU EMS parcels stop at 30 kg; the contract's postal rule uses the same ceiling.
    maxPackageGrams: 30_000,
  },
  express: {
    name: 'Express Courier',
    serviceName: 'Express Worldwide',
    acceptanceLocation: 'Express service centre, Kigali',
    transitHub: 'Addis Ababa Bole International Airport (ADD)',
    maxPackageGrams: null,
  },
  'air-cargo': {
    name: 'Air Cargo',
    serviceName: 'General Air Cargo',
    acceptanceLocation: 'Kigali International Airport (KGL) cargo terminal',
    transitHub: 'Hamad International Airport, Doha (DOH)',
    maxPackageGrams: null,
  },
};
