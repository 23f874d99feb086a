import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath, type SchemaObject } from '@nestjs/swagger';
import { PageView } from './page.view';

/**
 * The schema of a page of `item`: the page shape of {@link PageView} with its `items` typed,
 * written out whole rather than as an `allOf` over PageView, whose untyped `items` would
 * intersect with the typed ones and leave a generated client nothing usable.
 */
export function paginated(item: Type<unknown>): SchemaObject {
  return {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: {
      items: { type: 'array', items: { $ref: getSchemaPath(item) } },
      nextCursor: {
        type: 'string',
        nullable: true,
        description: 'Pass back as `cursor` for the next page; `null` on the last one.',
      },
    },
  };
}

/** `200` with a page of `item` (see {@link PageView}). */
export function ApiPageResponse(item: Type<unknown>, description?: string): MethodDecorator {
  return applyDecorators(ApiExtraModels(PageView, item), ApiOkResponse({ description, schema: paginated(item) }));
}
