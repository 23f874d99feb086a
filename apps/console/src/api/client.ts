import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type ErrorEnvelope = Schemas['ErrorEnvelopeView'];
export type Task = Schemas['TaskView'];

const CSRF_KEY = 'corridor.csrfToken';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session's CSRF token, kept for the tab so a reload does not lose it. */
export const csrf = {
  get: (): string | null => sessionStorage.getItem(CSRF_KEY),
  set: (token: string | null): void => {
    if (token === null) sessionStorage.removeItem(CSRF_KEY);
    else sessionStorage.setItem(CSRF_KEY, token);
  },
};

/** Every state-changing call carries the session's CSRF token; the cookie carries the session. */
const csrfHeader: Middleware = {
  onRequest({ request }) {
    const token = csrf.get();
    if (!SAFE_METHODS.has(request.method) && token !== null) request.headers.set('X-CSRF-Token', token);
    return request;
  },
};

/** The public API, typed from its own OpenAPI spec (schema.d.ts is generated from /docs/openapi.json). */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrfHeader);

/** The envelope's message, for people; a body that is not an envelope still says something. */
export function errorMessage(error: ErrorEnvelope | undefined, response: Response): string {
  return error?.error.message ?? `The server answered ${response.status} ${response.statusText}`.trim();
}
