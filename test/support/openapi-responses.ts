import Ajv2019 from 'ajv/dist/2019';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Schema = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Keywords of OpenAPI 3.0 schemas that JSON Schema does not have (or means otherwise). */
const OPENAPI_ONLY = new Set(['nullable', 'discriminator', 'readOnly', 'writeOnly', 'xml', 'externalDocs', 'example']);

/** What a response is checked with: its method, the path it was sent to, and what came back. */
export interface ReceivedResponse {
  method: string;
  path: string;
  status: number;
  contentType: string;
  /** The parsed JSON body, or `undefined` when the body is not JSON or empty. */
  json: unknown;
}

interface Route {
  template: string;
  pattern: RegExp;
  /** Literal segments: `/v1/suppliers/certificate-checks` wins over `/v1/suppliers/{id}`. */
  literals: number;
  operations: Record<string, Schema>;
}

/**
 * OpenAPI 3.0 schema to JSON Schema (2019-09): `nullable` becomes a `null` type (or an
 * `anyOf` with `null` when the schema has no type of its own, as a `$ref` or `allOf` has),
 * component references point into the schema registered as `spec`, and OpenAPI-only
 * keywords go. An object that does not say its keys are free is closed
 * (`unevaluatedProperties: false`, which sees through `allOf`): a field the route answers
 * but the spec does not describe is a spec bug too. A part of an `allOf` is left open, as
 * the whole it belongs to is closed.
 */
function toJsonSchema(schema: Schema, inAllOf = false): Schema {
  if (schema.$ref) return { $ref: `spec${String(schema.$ref)}` };
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties')
      out.properties = mapValues(value as Record<string, Schema>, (child) => toJsonSchema(child));
    else if (key === 'items' || key === 'not') out[key] = toJsonSchema(value as Schema);
    else if (key === 'additionalProperties' && typeof value === 'object') out[key] = toJsonSchema(value as Schema);
    else if (key === 'allOf') out[key] = (value as Schema[]).map((part) => toJsonSchema(part, true));
    else if (key === 'oneOf' || key === 'anyOf') out[key] = (value as Schema[]).map((part) => toJsonSchema(part));
    else out[key] = value;
  }
  if (schema.exclusiveMinimum === true) [out.exclusiveMinimum, out.minimum] = [schema.minimum, undefined];
  if (schema.exclusiveMaximum === true) [out.exclusiveMaximum, out.maximum] = [schema.maximum, undefined];
  const isObject = schema.properties !== undefined || schema.allOf !== undefined;
  if (isObject && !inAllOf && schema.additionalProperties === undefined) out.unevaluatedProperties = false;
  if (schema.nullable !== true) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] };
  return { anyOf: [out, { type: 'null' }] };
}

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/**
 * The API's own OpenAPI document as a judge of every response the tests receive: the route
 * (method and path template), the status (or `default`) must be declared, and a JSON body
 * must validate against the schema declared for it.
 */
export class OpenApiResponses {
  private readonly ajv: Ajv2019;
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(spec: Schema) {
    this.ajv = new Ajv2019({
      allErrors: true,
      strict: false,
      // OpenAPI's own formats that say how a string is encoded, not what it must look like.
      formats: { binary: true, byte: true, int32: true, int64: true, float: true, double: true, password: true },
    });
    addFormats(this.ajv);
    this.ajv.addSchema(
      { $id: 'spec', components: { schemas: mapValues(spec.components?.schemas ?? {}, toJsonSchema) } },
      'spec',
    );
    this.routes = Object.entries(spec.paths as Record<string, Schema>)
      .map(([template, operations]) => {
        const segments = template.split('/');
        const pattern = segments
          .map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/');
        return {
          template,
          pattern: new RegExp(`^${pattern}/?$`),
          literals: segments.filter((segment) => segment && !/^\{.+\}$/.test(segment)).length,
          operations: Object.fromEntries(Object.entries(operations).filter(([method]) => METHODS.includes(method))),
        };
      })
      .sort((a, b) => b.literals - a.literals);
  }

  /** Throws, naming method, path, status and what is wrong, when the response breaks the spec. */
  check(response: ReceivedResponse): void {
    const method = response.method.toLowerCase();
    const path = response.path.split('?')[0].split('#')[0];
    const what = `${response.method.toUpperCase()} ${response.path} answered ${response.status}`;
    // bull-board's own API and assets under the dashboard are bull-board's, not Corridor's
    // contract; the console's own addresses and assets answer its one page.
    if (path.startsWith('/admin/queues/') || path.startsWith('/console/')) return;
    const route = this.routes.find((candidate) => candidate.pattern.test(path) && candidate.operations[method]);
    if (!route) {
      // Fastify's own answer to a route that does not exist: the error envelope with 404.
      if (response.status === 404 && this.isErrorEnvelope(response.json)) return;
      throw new Error(`${what}, but the OpenAPI spec has no operation ${response.method.toUpperCase()} for ${path}`);
    }
    const operation = route.operations[method];
    const status = String(response.status);
    const declared =
      operation.responses?.[status] !== undefined
        ? status
        : operation.responses?.[`${status[0]}XX`] !== undefined
          ? `${status[0]}XX`
          : operation.responses?.default !== undefined
            ? 'default'
            : undefined;
    if (!declared)
      throw new Error(
        `${what}, but the OpenAPI spec declares only ${Object.keys(operation.responses ?? {}).join(', ')} for ${response.method.toUpperCase()} ${route.template}`,
      );
    if (response.json === undefined) return;
    const mediaType = response.contentType.split(';')[0].trim().toLowerCase();
    const content = (operation.responses[declared].content ?? {}) as Record<string, Schema>;
    const media = content[mediaType] ?? content['application/json'];
    if (!media?.schema)
      throw new Error(
        `${what} with a ${mediaType} body, but the OpenAPI spec declares no JSON schema for ${response.method.toUpperCase()} ${route.template} ${declared}`,
      );
    const key = `${method} ${route.template} ${declared} ${mediaType}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(media.schema as Schema));
      this.compiled.set(key, validate);
    }
    if (!validate(response.json)) {
      const errors = (validate.errors ?? [])
        .slice(0, 10)
        .map((error) => `  ${error.instancePath || '(body)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
        .join('\n');
      throw new Error(
        `${what}, and its body does not fit the OpenAPI schema of ${response.method.toUpperCase()} ${route.template} ${declared}:\n${errors}\nbody: ${JSON.stringify(response.json).slice(0, 1500)}`,
      );
    }
  }

  private isErrorEnvelope(body: unknown): boolean {
    let validate = this.compiled.get('error envelope');
    if (!validate) {
      validate = this.ajv.compile({ $ref: 'spec#/components/schemas/ErrorEnvelopeView' });
      this.compiled.set('error envelope', validate);
    }
    return validate(body);
  }
}
