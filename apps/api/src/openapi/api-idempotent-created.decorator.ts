import { applyDecorators, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader } from '@nestjs/swagger';

/**
 * `201` with `type` for a creating `POST` that honours `Idempotency-Key` (`@Idempotent()`):
 * the optional key in, and `Idempotent-Replayed` on a replayed answer. Routes using it also
 * list `IDEMPOTENCY_KEY_IN_USE` and `IDEMPOTENCY_KEY_REUSED` in their errors.
 */
export function ApiIdempotentCreated(type: Type<unknown>, description?: string): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes a retry safe: the same key (scoped to the caller, kept at least 24 h) with the same body answers the first status and body again.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x20-\\x7E]{1,255}$' },
    }),
    ApiCreatedResponse({
      type,
      description,
      headers: {
        'Idempotent-Replayed': {
          description: '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.',
          schema: { type: 'string', enum: ['true'] },
        },
      },
    }),
  );
}
