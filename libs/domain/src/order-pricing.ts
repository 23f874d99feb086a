import { DomainError } from './domain-error';
import { Money, type Currency } from './money';

/** One order line as entered: the contract's unit price string and a quantity. */
export interface OrderLineInput {
  /** The contract's amount string in the order currency, e.g. "23.50". */
  unitPrice: string;
  /** Units ordered, already validated as a positive integer. */
  quantity: number;
}

/** One priced line: the parsed unit price and unit price × quantity. */
export interface PricedOrderLine {
  /** The line's unit price, positive, in the order currency. */
  unitPrice: Money;
  /** Unit price × quantity, exact. */
  lineTotal: Money;
}

/** An order's lines priced in its currency, in input order, with their total. */
export interface PricedOrder {
  /** One per input line, in input order. */
  lines: PricedOrderLine[];
  /** The sum of the line totals; may exceed what storage holds, see {@link Money.fitsStorage}. */
  total: Money;
}

/**
 * Prices purchase-order lines exactly, in integer minor units of `currency`.
 *
 * Each `unitPrice` is read with {@link Money.parse} under the field `lines[i].unitPrice`
 * and must be positive; every price is parsed before any is checked for being positive,
 * so a malformed price is reported ahead of a zero one, as order entry has done so far.
 *
 * Quantities are taken as given: the request's validation has already made them positive
 * integers (a fraction still throws a `RangeError` from {@link Money.times}). Whether the
 * total fits the stored column ({@link Money.fitsStorage}) is the caller's to check, since
 * order entry reports an unknown SKU before a total that is too large.
 *
 * @throws DomainError `VALIDATION_FAILED` naming `lines[i].unitPrice` for a malformed,
 *   over-precise or non-positive price.
 */
export function priceOrderLines(input: { currency: Currency; lines: readonly OrderLineInput[] }): PricedOrder {
  const { currency, lines } = input;
  const prices = lines.map((line, i) => Money.parse(line.unitPrice, currency, `lines[${i}].unitPrice`));
  prices.forEach((price, i) => {
    if (!price.isPositive()) throw DomainError.validation(`lines[${i}].unitPrice`, 'must be positive');
  });
  const priced = prices.map((unitPrice, i) => ({ unitPrice, lineTotal: unitPrice.times(lines[i].quantity) }));
  return {
    lines: priced,
    total: Money.sum(
      priced.map((line) => line.lineTotal),
      currency,
    ),
  };
}

/**
 * What a parcel's contents are worth at the order's unit prices: the value a postal item
 * declares and the mode rules weigh. Integer minor units throughout.
 */
export function valueOfContents(input: {
  contents: readonly { sku: string; quantity: number }[];
  /** The order's lines by SKU (a purchase order line carries `unitPriceMinor`). */
  prices: ReadonlyMap<string, { unitPriceMinor: bigint | number | string }>;
  currency: Currency;
}): Money {
  return Money.sum(
    input.contents.map((c) => {
      const line = input.prices.get(c.sku);
      if (!line) throw new RangeError(`no unit price for ${c.sku}`);
      return Money.ofMinor(line.unitPriceMinor, input.currency).times(c.quantity);
    }),
    input.currency,
  );
}
