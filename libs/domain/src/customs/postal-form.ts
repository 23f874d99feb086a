import { parseKg } from '../measure';
import { compareDecimals, parseDecimal, valueInSdr, type Currency } from '../money';
import { CORRIDOR_FACTS } from './corridor-facts';
import type { ConsistencyContext } from './document-data';

/** Whether a postal item may travel on a CN22: at most the gross limit and under the SDR limit. */
export function cn22Applies(
  input: { grossWeightKg: string; valueInSdr: string },
  limits: ConsistencyContext['cn22'],
): boolean {
  const light = parseKg(input.grossWeightKg, 'grossWeightKg') <= parseKg(limits.maxGrossKg, 'cn22.maxGrossKg');
  const cheap =
    compareDecimals(
      parseDecimal(input.valueInSdr, 'valueInSdr'),
      parseDecimal(limits.maxValueSdr, 'cn22.maxValueSdr'),
    ) < 0;
  return light && cheap;
}

/**
 * The UPU customs declaration a postal item takes: CN22 for an item of at most 2 kg gross worth
 * under 300 SDR, CN23 otherwise. The packer decides it when the item is packed, and the
 * consistency check holds the papers to it.
 */
export function choosePostalForm(item: {
  grossWeightKg: string;
  value: string;
  currency: Currency;
  /** Units of `currency` per SDR. */
  sdrRate: string;
}): 'cn22' | 'cn23' {
  const sdr = valueInSdr(item.value, item.currency, item.sdrRate);
  return cn22Applies({ grossWeightKg: item.grossWeightKg, valueInSdr: sdr }, CORRIDOR_FACTS.cn22) ? 'cn22' : 'cn23';
}
