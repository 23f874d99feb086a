import type { ShipmentMode } from '@corridor/domain';

/**
 * Carrier limits, kept as data. Postal (EMS via Iposita): each parcel at most 30 kg, longest
 * side 1.5 m, length plus girth 3 m. Courier: each parcel at most 70 kg. Beyond: air cargo.
 */
export const MODE_LIMITS = {
  postal: { maxParcelGrossG: 30_000, maxLengthUm: 1_500_000, maxLengthPlusGirthUm: 3_000_000 },
  courier: { maxParcelGrossG: 70_000, maxLengthUm: 2_700_000, maxLengthPlusGirthUm: 4_190_000 },
} as const;

export interface ParcelSize {
  grossWeightG: number;
  lengthUm: number;
  widthUm: number;
  heightUm: number;
}

/** Why a parcel does not fit a mode's limits, or null when it does. */
export function parcelProblem(mode: 'postal' | 'courier', parcel: ParcelSize): string | null {
  const limits = MODE_LIMITS[mode];
  const sides = [parcel.lengthUm, parcel.widthUm, parcel.heightUm].sort((a, b) => b - a);
  if (parcel.grossWeightG > limits.maxParcelGrossG)
    return `a ${mode} parcel may weigh at most ${limits.maxParcelGrossG / 1000} kg`;
  if (sides[0] > limits.maxLengthUm)
    return `a ${mode} parcel's longest side may be at most ${limits.maxLengthUm / 10_000} cm`;
  if (sides[0] + 2 * (sides[1] + sides[2]) > limits.maxLengthPlusGirthUm) {
    return `a ${mode} parcel's length plus girth may be at most ${limits.maxLengthPlusGirthUm / 10_000} cm`;
  }
  return null;
}

/** Postal where every parcel allows it, else courier where every parcel allows it, else air cargo. */
export function chooseMode(parcels: ParcelSize[]): ShipmentMode {
  if (parcels.every((p) => parcelProblem('postal', p) === null)) return 'postal';
  if (parcels.every((p) => parcelProblem('courier', p) === null)) return 'courier';
  return 'air_cargo';
}
