import type { ValueTransformer } from 'typeorm';

/** Postgres bigint arrives as a string; minor units are kept as bigint so sums stay exact. */
export const bigintTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/** `date` columns stay `YYYY-MM-DD` strings: calendar dates have no time zone. */
export const dateOnlyTransformer: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | Date | null) =>
    value === null ? null : typeof value === 'string' ? value : value.toISOString().slice(0, 10),
};
