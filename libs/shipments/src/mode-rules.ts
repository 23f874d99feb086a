import { valueInSdr, valueOfContents, type Currency, type ShipmentMode } from '@corridor/domain';
import type { AppConfig } from '@corridor/config';

/** The configured part of the carriers' limits (`POSTAL_MAX_PARCEL_VALUE_SDR`, `COURIER_MAX_PARCEL_KG`). */
export type ModeLimitSettings = Pick<AppConfig, 'postalMaxParcelValueSdr' | 'courierMaxParcelKg'>;

/** The limits when no configuration is given: the same defaults as {@link AppConfig}. */
export const DEFAULT_MODE_LIMIT_SETTINGS: ModeLimitSettings = { postalMaxParcelValueSdr: 4000, courierMaxParcelKg: 70 };

/** What one parcel may be to travel by a mode; every parcel of a shipment must fit. */
export interface ModeRule {
  /** The mode the rule admits to; air cargo has no rule, it takes what the others do not. */
  mode: 'postal' | 'courier';
  /** The heaviest one parcel may be, integer grams gross. */
  maxParcelGrossG: number;
  /** The longest side one parcel may have, micrometres. */
  maxLengthUm: number;
  /** The most the longest side plus twice the other two may come to, micrometres. */
  maxLengthPlusGirthUm: number;
  /** The highest declared value of one parcel, in SDR; null when the mode has none. */
  maxParcelValueSdr: number | null;
}

/**
 * Carrier limits as data, in order of preference; a shipment whose parcels fit no rule goes
 * by air cargo. Postal (EMS via Iposita): each parcel at most 30 kg, longest side 1.5 m,
 * length plus girth 3 m, and at most the postal value limit. Courier: each parcel at most
 * `COURIER_MAX_PARCEL_KG` (70 kg by default), longest side 2.7 m, length plus girth 4.19 m.
 */
export function modeRules(settings: ModeLimitSettings = DEFAULT_MODE_LIMIT_SETTINGS): readonly ModeRule[] {
  return [
    {
      mode: 'postal',
      maxParcelGrossG: 30_000,
      maxLengthUm: 1_500_000,
      maxLengthPlusGirthUm: 3_000_000,
      maxParcelValueSdr: settings.postalMaxParcelValueSdr,
    },
    {
      mode: 'courier',
      maxParcelGrossG: Math.round(settings.courierMaxParcelKg * 1000),
      maxLengthUm: 2_700_000,
      maxLengthPlusGirthUm: 4_190_000,
      maxParcelValueSdr: null,
    },
  ];
}

/** One parcel as the mode rules weigh it: gross grams, sides in micrometres, and optionally its declared value. */
export interface ParcelSize {
  /** The parcel as weighed, integer grams. */
  grossWeightG: number;
  /** One side, micrometres; the sides may come in any order, the longest counts as length. */
  lengthUm: number;
  /** Another side, micrometres. */
  widthUm: number;
  /** The third side, micrometres. */
  heightUm: number;
  /**
   * The declared value of the parcel's contents in SDR, a decimal string such as `"172.79"`
   * (see {@link parcelValueSdr}). Without it the postal value limit is not checked.
   */
  valueSdr?: string;
}

/**
 * The declared value of one parcel in SDR: its contents at the order's unit prices, converted
 * with the configured rate (units of the order's currency per SDR), to the hundredth.
 */
export function parcelValueSdr(parcel: {
  contents: readonly { sku: string; quantity: number }[];
  /** The order's lines by SKU (a purchase order line has `unitPriceMinor`). */
  prices: ReadonlyMap<string, { unitPriceMinor: bigint | number | string }>;
  currency: Currency;
  /** Units of each currency per SDR: `AppConfig.sdrRates`. */
  sdrRates: Readonly<Record<Currency, string>>;
}): string {
  const value = valueOfContents(parcel);
  return valueInSdr(value.toAmountString(), parcel.currency, parcel.sdrRates[parcel.currency]);
}

/**
 * Why a parcel does not fit a mode's limits, or null when it does. `settings` is the
 * configuration (an {@link AppConfig} will do); without it the defaults apply.
 */
export function parcelProblem(
  mode: 'postal' | 'courier',
  parcel: ParcelSize,
  settings: ModeLimitSettings = DEFAULT_MODE_LIMIT_SETTINGS,
): string | null {
  const rule = modeRules(settings).find((r) => r.mode === mode)!;
  return ruleProblem(rule, parcel);
}

/** The first rule every parcel fits, else air cargo. `settings` as for {@link parcelProblem}. */
export function chooseMode(
  parcels: readonly ParcelSize[],
  settings: ModeLimitSettings = DEFAULT_MODE_LIMIT_SETTINGS,
): ShipmentMode {
  const fitting = modeRules(settings).find((rule) => parcels.every((p) => ruleProblem(rule, p) === null));
  return fitting?.mode ?? 'air_cargo';
}

function ruleProblem(rule: ModeRule, parcel: ParcelSize): string | null {
  const sides = [parcel.lengthUm, parcel.widthUm, parcel.heightUm].sort((a, b) => b - a);
  if (parcel.grossWeightG > rule.maxParcelGrossG)
    return `a ${rule.mode} parcel may weigh at most ${rule.maxParcelGrossG / 1000} kg`;
  if (sides[0] > rule.maxLengthUm)
    return `a ${rule.mode} parcel's longest side may be at most ${rule.maxLengthUm / 10_000} cm`;
  if (sides[0] + 2 * (sides[1] + sides[2]) > rule.maxLengthPlusGirthUm) {
    return `a ${rule.mode} parcel's length plus girth may be at most ${rule.maxLengthPlusGirthUm / 10_000} cm`;
  }
  if (
    rule.maxParcelValueSdr !== null &&
    parcel.valueSdr !== undefined &&
    sdrHundredths(parcel.valueSdr) > BigInt(rule.maxParcelValueSdr) * 100n
  ) {
    return `a ${rule.mode} parcel may be declared at most ${rule.maxParcelValueSdr} SDR (this one is ${parcel.valueSdr} SDR)`;
  }
  return null;
}

/** `"172.79"` → 17279n; exact, no floats. */
function sdrHundredths(value: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) throw new RangeError(`valueSdr must be a decimal with at most 2 decimals, got ${value}`);
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}
