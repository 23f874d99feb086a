import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { STATUS_BY_CODE } from '@corridor/http';
import type { ErrorCode } from './api-errors.decorator';

const HTML = { 'text/html': { schema: { type: 'string' } } };

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds until a request will be accepted again.', schema: { type: 'integer' } },
};

/**
 * A route that answers a web page: `200` and its errors are all `text/html` (never the JSON
 * envelope), with the same statuses the JSON route gives. `lang` picks the page's language.
 */
export function ApiHtmlPage(options: { description: string; errors: ErrorCode[] }): MethodDecorator {
  const statuses = new Map<number, ErrorCode[]>();
  for (const code of options.errors) {
    const status = STATUS_BY_CODE[code];
    if (status === undefined) throw new Error(`${code} has no HTTP status in STATUS_BY_CODE`);
    statuses.set(status, [...(statuses.get(status) ?? []), code]);
  }
  return applyDecorators(
    ApiProduces('text/html'),
    ApiQuery({
      name: 'lang',
      required: false,
      description: "The page's language; else the browser's `Accept-Language`.",
      schema: { type: 'string', enum: ['zh', 'en'] },
    }),
    ApiOkResponse({ description: options.description, content: HTML }),
    ...[...statuses].map(([status, codes]) =>
      ApiResponse({
        status,
        description: `An error page (${codes.map((code) => `\`${code}\``).join(', ')}).`,
        content: HTML,
        ...(codes.includes('RATE_LIMITED') ? { headers: RETRY_AFTER } : {}),
      }),
    ),
  );
}
