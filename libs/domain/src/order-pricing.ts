import { DomainError } from './domain-error';
import { Money, type Currency } from './money';

/** One order line as entered: the contract's unit price string and a quantity. */
export interface OrderLineInput {
  unitPrice: string;
  quantity: number;
}

/** One priced line: the parsed unit price and unit price × quantity. */
export interface PricedOrderLine {
  unitPrice: Money;
  lineTotal: Money;
}

/** An order's lines priced in its currency, in input order, with their total. */
export interface PricedOrder {
  lines: PricedOrderLine[];
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
