import type { Currency } from '../money';
import { cn22Applies, valueInSdr } from './consistency';
import { CORRIDOR_FACTS } from './corridor-facts';

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
