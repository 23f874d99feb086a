import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '@corridor/config';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** What no page of the service may be: framed, or a base for relative URLs of another origin. */
const COMMON_DIRECTIVES = ["object-src 'none'", "frame-ancestors 'none'"];

/**
 * An HTML page that names no policy of its own: nothing but its own inline styles. (The
 * console and the tracking page set theirs; the ones below are for pages other code renders.)
 */
export const DEFAULT_PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  ...COMMON_DIRECTIVES,
].join('; ');

/**
 * Swagger UI at /docs: its scripts are files of its own (no inline script), but it styles
 * inline, draws its icons as data: images and fetches the spec from the same origin.
 */
export const DOCS_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  ...COMMON_DIRECTIVES,
].join('; ');

/**
 * The queue dashboard (bull-board): its own scripts, inline styles and the web fonts its
 * stylesheet loads from Google Fonts.
 */
export const DASHBOARD_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
  "font-src 'self' data: https://fonts.gstatic.com",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  ...COMMON_DIRECTIVES,
].join('; ');

function pagePolicy(path: string): string {
  if (path === '/docs' || path.startsWith('/docs/')) return DOCS_PAGE_POLICY;
  if (path === '/admin/queues' || path.startsWith('/admin/queues/')) return DASHBOARD_PAGE_POLICY;
  return DEFAULT_PAGE_POLICY;
}

/**
 * The headers every response carries, whatever answers it: no sniffing, no referrer, no
 * framing, and in production HSTS. What the router answers itself (before any hook) sets
 * these by hand; everything else gets them from helmet.
 */
export function baselineSecurityHeaders(config: AppConfig): Readonly<Record<string, string>> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    ...(config.nodeEnv === 'production'
      ? { 'strict-transport-security': `max-age=${YEAR_SECONDS}; includeSubDomains` }
      : {}),
  };
}

/**
 * Security headers on every response (`/v1`, `/docs`, PDFs, uploaded files, errors, `/health`,
 * `/metrics`, the console): helmet's baseline on each request, and a Content-Security-Policy on
 * every HTML page that does not set its own. Registered before any route or plugin, so every
 * scope inherits it.
 */
export async function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  await fastify.register(helmet, {
    global: true,
    // Per page below: a JSON answer needs none, and each page needs its own.
    contentSecurityPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity:
      config.nodeEnv === 'production' ? { maxAge: YEAR_SECONDS, includeSubDomains: true } : false,
    // The API is called from other machines (carriers, exporters' systems), not embedded by pages.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy'))
      void reply.header('content-security-policy', pagePolicy(request.url.split('?')[0]));
    return payload;
  });
}
