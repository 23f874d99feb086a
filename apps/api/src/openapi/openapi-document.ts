import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
  type ReferenceObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { SESSION_COOKIE } from '@corridor/auth';
import { AppConfig } from '@corridor/config';
import { ErrorEnvelopeView } from './error-envelope.view';
import { routeAccessByOperationId } from './route-access';

const DESCRIPTION = `Export logistics for Rwandan chili and coffee to Freshippo stores in China: suppliers, purchase orders, customs documents, handoff and tracking.

- **Keys**: \`Authorization: Bearer <api key>\` on every route but sign-up, tracking and carrier pushes.
- **Roles**: each operation lists in \`x-roles\` the roles whose keys may call it; any other role is \`403\`.
- **Errors**: every 4xx and 5xx body is an \`ErrorEnvelopeView\`, with a stable \`code\`.
- **Lists**: \`{ items, nextCursor }\`, newest first; pass \`nextCursor\` back as \`cursor\`.
- **Unknown fields**: a request body with a field its schema does not name is \`400 VALIDATION_FAILED\`.
- **Retries**: creating \`POST\`s take an \`Idempotency-Key\`; a replay answers \`Idempotent-Replayed: true\`.
- **Request ids**: every response carries \`X-Request-Id\`, the one the client sent if it was sane.`;

const REQUEST_ID = 'X-Request-Id';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Node = Record<string, unknown>;

/** The OpenAPI document served at `/docs`: the controllers' own description, plus the conventions every route shares. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = app.get(AppConfig, { strict: false });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Corridor API')
      .setDescription(DESCRIPTION)
      .setVersion('1')
      .addServer(config.publicUrl, 'This Corridor')
      // An opaque API key, not a JWT: no `bearerFormat`.
      .addSecurity('bearer', { type: 'http', scheme: 'bearer', description: 'An API key (opaque).' })
      .addCookieAuth(SESSION_COOKIE, {
        type: 'apiKey',
        in: 'cookie',
        description: 'Console session (`POST /v1/sessions`)',
      })
      .build(),
    { extraModels: [ErrorEnvelopeView] },
  );
  // As package.json says: not open source.
  document.info.license = { name: 'UNLICENSED (proprietary)' };
  withAccess(app, document);
  withOperationsPages(document);
  withRequestIds(document);
  withClosedRequestBodies(document);
  withNullableEnums(document);
  withNullableReferences(document);
  withoutLoneAllOf(document);
  return document;
}

/**
 * The two pages that are not Nest routes. `/admin/queues`, the bull-board dashboard, is mounted on Fastify rather than written as a
 * Nest controller, so its page is declared here: an HTML page for staff (read-only) and
 * admin, the error envelope otherwise. The board's own API and assets beneath it belong to
 * bull-board and are not part of Corridor's contract. `/console`, the staff console, is
 * static files with its own addresses beneath it.
 */
function withOperationsPages(document: OpenAPIObject): void {
  const envelope = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelopeView' } } },
  });
  const page: OperationObject = {
    operationId: 'QueueDashboard_page',
    summary: 'The queue dashboard (bull-board) over every queue',
    description:
      'Staff see every queue read-only; admin may also retry, promote and clean. Signed in with a console session or a Bearer staff/admin key.',
    tags: ['operations'],
    security: [{ bearer: [] }, { cookie: [] }],
    responses: {
      '200': { description: 'The dashboard page.', content: { 'text/html': { schema: { type: 'string' } } } },
      '401': envelope('`UNAUTHENTICATED`: no valid key or session.'),
      '403': envelope('`FORBIDDEN`: exporter and buyer keys.'),
    },
  };
  document.paths['/admin/queues'] = { get: Object.assign(page, { 'x-roles': ['admin', 'staff'] }) };
  const console: OperationObject = {
    operationId: 'StaffConsole_page',
    summary: 'The staff console (a web app)',
    description:
      'The console for logistics staff; every `/console/…` address (`/console/tasks/{id}`, `/console/shipments/{id}`, `/console/suppliers/{id}`) answers the same page, which asks for a staff or admin key and signs in with `POST /v1/sessions`.',
    tags: ['operations'],
    security: [],
    responses: {
      '200': { description: 'The console page.', content: { 'text/html': { schema: { type: 'string' } } } },
    },
  };
  document.paths['/console'] = { get: Object.assign(console, { 'x-roles': ['admin', 'staff'] }) };
}

function eachOperation(document: OpenAPIObject, visit: (operation: OperationObject) => void): void {
  for (const operations of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = operations[method];
      if (operation) visit(operation);
    }
  }
}

/**
 * `x-roles` on every operation and the bearer key on every keyed one, from the guard's own
 * metadata; a `@Public()` route declares `security: []` (no key) and every role.
 */
function withAccess(app: INestApplication, document: OpenAPIObject): void {
  const access = routeAccessByOperationId(app);
  eachOperation(document, (operation) => {
    const route = operation.operationId ? access.get(operation.operationId) : undefined;
    if (!route) throw new Error(`no access metadata for operation ${operation.operationId ?? '(unnamed)'}`);
    // A route that works only with the console's session cookie keeps the `@ApiCookieAuth()` it declares.
    const cookieOnly = operation.security?.some((requirement) => 'cookie' in requirement) ?? false;
    operation.security = route.public ? [] : cookieOnly ? operation.security : [{ bearer: [] }];
    Object.assign(operation, { 'x-roles': route.roles });
  });
}

/**
 * Every request may send `X-Request-Id` and every response carries it, as the API's one
 * request hook does; declared once and referenced from each operation and response.
 */
function withRequestIds(document: OpenAPIObject): void {
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
  eachOperation(document, (operation) => {
    operation.parameters = [...(operation.parameters ?? []), { $ref: `#/components/parameters/${REQUEST_ID}` }];
    for (const response of Object.values(operation.responses)) {
      if (!response || '$ref' in response) continue;
      response.headers = { ...response.headers, [REQUEST_ID]: { $ref: `#/components/headers/${REQUEST_ID}` } };
    }
  });
}

/** The component schema a `$ref` names, or `undefined` for any other reference. */
function component(document: OpenAPIObject, ref: string): SchemaObject | undefined {
  const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
  return match ? (document.components?.schemas?.[match[1]] as SchemaObject | undefined) : undefined;
}

/**
 * The validation pipe refuses unknown fields (`400`), so every object a request body holds,
 * nested ones included, says `additionalProperties: false`. An object whose keys are free
 * (one that declares `additionalProperties` itself) keeps its own rule.
 */
function withClosedRequestBodies(document: OpenAPIObject): void {
  const seen = new Set<object>();
  const close = (schema: SchemaObject | ReferenceObject | undefined): void => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    if ('$ref' in schema) return close(component(document, schema.$ref));
    if (
      schema.properties &&
      schema.additionalProperties === undefined &&
      !schema.allOf &&
      !schema.oneOf &&
      !schema.anyOf
    )
      schema.additionalProperties = false;
    for (const property of Object.values(schema.properties ?? {})) close(property);
    if (schema.items) close(schema.items);
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) close(part);
  };
  eachOperation(document, (operation) => {
    const body = operation.requestBody;
    if (!body || '$ref' in body) return;
    for (const media of Object.values(body.content)) close(media.schema);
  });
}

/**
 * A nullable enum lists `null` among its values too: validators check `enum` before they
 * look at `nullable`, so without it `null` would be refused.
 */
function withNullableEnums(document: OpenAPIObject): void {
  walk(document, (node) => {
    if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) node.enum.push(null);
  });
}

/**
 * A nullable nested view (`claimedBy: TaskHolderView | null`) comes from the Swagger plugin as
 * `type: object, nullable: true, allOf: [$ref]`, in which the `allOf` still refuses `null`. It
 * is written out in place instead (the view's own fields, `nullable` beside its `type`), which
 * OpenAPI 3.0 validators, linters and generated clients all read as "this view or null".
 */
function withNullableReferences(document: OpenAPIObject): void {
  const schemas = document.components?.schemas ?? {};
  walk(document, (node) => {
    const parts = node.allOf;
    if (node.nullable !== true || !Array.isArray(parts) || parts.length !== 1) return;
    const ref: unknown = (parts[0] as Node).$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/')) return;
    const view = schemas[ref.slice('#/components/schemas/'.length)];
    if (!view || '$ref' in view || view.type !== 'object') return;
    const { allOf: _allOf, ...own } = node;
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, view, own, { type: 'object' });
  });
}

/**
 * `allOf` with one `$ref` and nothing beside it is that `$ref`: the Swagger plugin writes it
 * so for enums and nested views; linters ask for the plain reference.
 */
function withoutLoneAllOf(document: OpenAPIObject): void {
  walk(document, (node) => {
    const parts = node.allOf;
    if (!Array.isArray(parts) || parts.length !== 1 || Object.keys(node).length !== 1) return;
    delete node.allOf;
    Object.assign(node, parts[0]);
  });
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (node && typeof node === 'object') {
    visit(node as Node);
    for (const value of Object.values(node)) walk(value, visit);
  }
}
