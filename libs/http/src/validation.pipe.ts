import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
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

/** Deeper than any body of the contract; deeper input could exhaust the stack of the validators. */
const MAX_DEPTH = 16;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** What no text of the contract holds and Postgres cannot store. */
const NUL = '\u0000';

/** Why a string (a value or a key) cannot be taken as text, or `null` when it can. */
function textProblem(text: string): string | null {
  if (text.includes(NUL)) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode text';
  return null;
}
/** Names every object inherits: a validator would find them "known" and let them through. */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));

/**
 * Refusals the validators cannot make safely, found by walking the body without recursion:
 * nesting deeper than any contract body, `null` (no field of the contract takes it: leave an
 * optional field out instead), keys named like inherited members, and strings (values or
 * keys) that hold a NUL or are not well-formed Unicode (lone surrogates).
 */
export function bodyProblem(body: unknown): { field: string; issue: string } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    const field = path || 'body';
    if (value === null) return { field, issue: 'must not be null; leave an optional field out instead' };
    if (typeof value === 'string') {
      const issue = textProblem(value);
      if (issue) return { field, issue };
    }
    if (typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return { field, issue: `is nested more than ${MAX_DEPTH} levels deep` };
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const child = path ? `${path}.${key}` : key;
      if (INHERITED_NAMES.has(key)) return { field: child, issue: 'is not a known field' };
      const keyIssue = textProblem(key);
      // The key itself cannot go into the field name of the answer as it is.
      if (keyIssue) return { field: path || 'body', issue: `has a key that ${keyIssue}` };
      stack.push({ value: item, path: child, depth: depth + 1 });
    }
  }
  return null;
}

/** The contract's validation: {@link bodyProblem} first, then class-validator on the DTO. */
class ContractValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined) {
      const problem = bodyProblem(value);
      if (problem) throw new DomainError('VALIDATION_FAILED', `${problem.field} ${problem.issue}`, [problem]);
    }
    return super.transform(value, metadata);
  }
}

/** Rejects unknown fields and wrong types with `400 VALIDATION_FAILED`, field by field. */
export function createValidationPipe(): ValidationPipe {
  return new ContractValidationPipe({
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
