import { OpenApiResponses } from './openapi-responses';

/** A request the API never answers fails the test with a clear error instead of hanging it. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The spec of each server, loaded once on the first request to it: `null` for a server that
 * serves none (the sandbox carriers), whose responses are not checked.
 */
const specs = new Map<string, Promise<OpenApiResponses | null>>();

async function loadSpec(baseUrl: string): Promise<OpenApiResponses | null> {
  const response = await fetch(`${baseUrl}/docs/openapi.json`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) {
    await response.arrayBuffer();
    return null;
  }
  return new OpenApiResponses((await response.json()) as Record<string, unknown>);
}

/** The server's spec; a server that cannot be reached now is asked again next time. */
async function specOf(baseUrl: string): Promise<OpenApiResponses | null> {
  let spec = specs.get(baseUrl);
  if (!spec) {
    spec = loadSpec(baseUrl);
    specs.set(baseUrl, spec);
  }
  try {
    return await spec;
  } catch (error) {
    if (specs.get(baseUrl) === spec) specs.delete(baseUrl);
    if (error instanceof TypeError || (error as Error).name === 'TimeoutError') return null;
    throw error;
  }
}

export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  raw: Buffer;
}

/**
 * A small fetch wrapper for tests: JSON in and out, an optional API key, raw bytes kept.
 * Every response of a server that serves `/docs/openapi.json` is held to that spec: a route
 * or status it does not declare, or a JSON body that does not fit the declared schema,
 * fails the request (see {@link OpenApiResponses}).
 */
export class HttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly key?: string,
  ) {}

  as(key: string | undefined): HttpClient {
    return new HttpClient(this.baseUrl, key);
  }

  get<T = any>(path: string, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    return this.request<T>('GET', path, undefined, headers);
  }

  post<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    return this.request<T>('POST', path, body, headers);
  }

  patch<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    return this.request<T>('PATCH', path, body, headers);
  }

  delete<T = any>(path: string, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    return this.request<T>('DELETE', path, undefined, headers);
  }

  /** Sends a body exactly as given (for malformed JSON and multipart). */
  async send<T = any>(
    method: string,
    path: string,
    body: string | Buffer | FormData,
    headers: Record<string, string> = {},
  ): Promise<HttpResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      body,
      headers: { ...this.auth(), ...headers },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return this.read<T>(method, path, response);
  }

  private async request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...this.auth(), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return this.read<T>(method, path, response);
  }

  private auth(): Record<string, string> {
    return this.key ? { authorization: `Bearer ${this.key}` } : {};
  }

  private async read<T>(method: string, path: string, response: Response): Promise<HttpResponse<T>> {
    const raw = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    const isJson = type.includes('json') && raw.length > 0;
    const body = isJson ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8');
    // The docs themselves are not an operation of the API.
    if (!path.startsWith('/docs')) {
      const spec = await specOf(this.baseUrl);
      spec?.check({ method, path, status: response.status, contentType: type, json: isJson ? body : undefined });
    }
    return { status: response.status, headers: response.headers, body: body as T, raw };
  }
}
