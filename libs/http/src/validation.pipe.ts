import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type ErrorDetail } from '@corridor/domain';

/** Flattens class-validator's tree into `lines[0].quantity`-style fields. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const error of errors) {
    const field = !parent
      ? error.property
      : /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`;
    for (const message of Object.values(error.constraints ?? {})) {
      const issue = message.startsWith(`property ${error.property} should not exist`)
        ? 'is not a known field'
        : message.replace(new RegExp(`^${error.property.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`), '');
      details.push({ field, issue });
    }
    details.push(...flattenValidationErrors(error.children ?? [], field));
  }
  return details;
}

/** Rejects unknown fields and wrong types with `400 VALIDATION_FAILED`, field by field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const first = details[0];
      return new DomainError(
        'VALIDATION_FAILED',
        first ? `${first.field} ${first.issue}` : 'the request is not valid',
        details,
      );
    },
  });
}
