import type { ApiPropertyOptions } from '@nestjs/swagger';
import { CARRIERS } from '@corridor/domain';

/*
 * The contract's value formats, for the response views. Plain properties are documented by
 * the @nestjs/swagger CLI plugin from their TypeScript types (the `.view.ts` suffix); these
 * say what a type cannot: that a string is a UUID, a timestamp, a date or a decimal.
 */

/** A UUID v7 made by the service. */
export const UUID: ApiPropertyOptions = { type: 'string', format: 'uuid' };

/** An instant, ISO 8601 in UTC. */
export const TIMESTAMP: ApiPropertyOptions = {
  type: 'string',
  format: 'date-time',
  example: '2026-11-28T09:15:00.000Z',
};

/** A calendar date, `YYYY-MM-DD`. */
export const CALENDAR_DATE: ApiPropertyOptions = { type: 'string', format: 'date', example: '2027-01-15' };

/** A weight in kg as a decimal string with three decimals. */
export const KG: ApiPropertyOptions = { type: 'string', pattern: '^\\d+\\.\\d{3}$', example: '12.500' };

/** A size in cm as a decimal string with up to three decimals. */
export const CM: ApiPropertyOptions = { type: 'string', pattern: '^\\d+(\\.\\d{1,3})?$', example: '40.5' };

/** A store code. */
export const STORE_CODE: ApiPropertyOptions = {
  type: 'string',
  pattern: '^[A-Z]{2}-[A-Z]{3}-\\d{3}$',
  example: 'FS-SHA-001',
};

/**
 * A carrier code, `null` until the handoff is booked. `null` is listed among the values too:
 * validators check `enum` before they look at `nullable`.
 */
export const CARRIER_OR_NULL = {
  type: 'string',
  nullable: true,
  enum: [...Object.keys(CARRIERS), null],
} as ApiPropertyOptions;
