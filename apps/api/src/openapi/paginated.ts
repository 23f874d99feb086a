import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath, type SchemaObject } from '@nestjs/swagger';
import { PageView } from './page.view';

/**
 * The schema of a page of `item`: the shared page shape ({@link PageView}, whose `items` is
 * open) and its `items`, typed as `item` and required.
 */
export function paginated(item: Type<unknown>): SchemaObject {
  return {
    allOf: [
      { $ref: getSchemaPath(PageView) },
      {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', items: { $ref: getSchemaPath(item) } } },
      },
    ],
  };
}

/** `200` with a page of `item` (see {@link PageView}). */
export function ApiPageResponse(item: Type<unknown>, description?: string): MethodDecorator {
  return applyDecorators(ApiExtraModels(PageView, item), ApiOkResponse({ description, schema: paginated(item) }));
}
