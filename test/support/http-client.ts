/** A request the API never answers fails the test with a clear error instead of hanging it. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface HttpResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  raw: Buffer;
}

/** A small fetch wrapper for tests: JSON in and out, an optional API key, raw bytes kept. */
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
    return this.read<T>(response);
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
    return this.read<T>(response);
  }

  private auth(): Record<string, string> {
    return this.key ? { authorization: `Bearer ${this.key}` } : {};
  }

  private async read<T>(response: Response): Promise<HttpResponse<T>> {
    const raw = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    const body = type.includes('json') && raw.length > 0 ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8');
    return { status: response.status, headers: response.headers, body: body as T, raw };
  }
}
