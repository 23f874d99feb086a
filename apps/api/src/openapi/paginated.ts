import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath, type SchemaObject } from '@nestjs/swagger';
import { PageView } from './page.view';

/**
 * The schema of a page of `item`: the shared page shape ({@link PageView}) and its `items`,
 * typed and required. PageView itself leaves `items` out, since an untyped `items` there would
 * intersect with the typed one and leave a generated client nothing it could read.
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
