import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from '@corridor/auth';
import { ErrorEnvelopeView } from './error-envelope.view';

const DESCRIPTION = `Export logistics for Rwandan chili and coffee to Freshippo stores in China: suppliers, purchase orders, customs documents, handoff and tracking.

- **Keys**: \`Authorization: Bearer <api key>\` on every route but sign-up, tracking and carrier pushes.
- **Errors**: every 4xx and 5xx body is an \`ErrorEnvelopeView\`, with a stable \`code\`.
- **Lists**: \`{ items, nextCursor }\`, newest first; pass \`nextCursor\` back as \`cursor\`.
- **Retries**: creating \`POST\`s take an \`Idempotency-Key\`; a replay answers \`Idempotent-Replayed: true\`.
- **Request ids**: every response carries \`X-Request-Id\`, the one the client sent if it was sane.`;

const REQUEST_ID = 'X-Request-Id';

/** The OpenAPI document served at `/docs`: the controllers' own description, plus the conventions every route shares. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Corridor API')
      .setDescription(DESCRIPTION)
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key' })
      .addCookieAuth(SESSION_COOKIE, {
        type: 'apiKey',
        in: 'cookie',
        description: 'Console session (`POST /v1/sessions`)',
      })
      .build(),
    { extraModels: [ErrorEnvelopeView] },
  );
  return withRequestIds(document);
}

/**
 * Every request may send `X-Request-Id` and every response carries it, as the API's one
 * request hook does; declared once and referenced from each operation and response.
 */
function withRequestIds(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  components.parameters = {
    ...components.parameters,
    [REQUEST_ID]: {
      name: REQUEST_ID,
      in: 'header',
      required: false,
      description: 'Echoed in the response when it is 1–128 of `A–Z a–z 0–9 . _ : -`; otherwise the API makes one.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
    },
  };
  components.headers = {
    ...components.headers,
    [REQUEST_ID]: {
      description: 'Identifies the request in logs and in `error.requestId`.',
      schema: { type: 'string' },
    },
  };
  for (const operations of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const) {
      const operation = operations[method];
      if (!operation) continue;
      operation.parameters = [...(operation.parameters ?? []), { $ref: `#/components/parameters/${REQUEST_ID}` }];
      for (const response of Object.values(operation.responses)) {
        if (!response || '$ref' in response) continue;
        response.headers = { ...response.headers, [REQUEST_ID]: { $ref: `#/components/headers/${REQUEST_ID}` } };
      }
    }
  }
  return document;
}
