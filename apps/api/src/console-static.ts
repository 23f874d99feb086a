import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const BUILD_DIR = join('dist', 'console');

/**
 * The console's own files only: scripts and styles from /console/assets, API calls to the
 * same origin, documents shown inline from blob: URLs the page makes of what it fetched.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * Finds the built console by walking up to the repository root, from the bundle's folder
 * (`dist/apps/api`) and then from the working directory.
 */
export function locateConsoleBuild(starts: readonly string[] = [__dirname, process.cwd()]): string | null {
  for (const start of starts) {
    let dir = start;
    for (;;) {
      const candidate = join(dir, BUILD_DIR);
      if (existsSync(join(candidate, 'index.html'))) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return null;
}

/**
 * Serves the staff console at /console: its hashed assets as static files, and its one page
 * (index.html) for /console and any other /console/* address, so that a task's, shipment's or
 * supplier's address survives a reload and can be shared. A missing asset stays a 404.
 */
export async function registerConsole(app: NestFastifyApplication, root = locateConsoleBuild()): Promise<void> {
  if (root === null) {
    new Logger('Console').warn(`the staff console is not built (no ${BUILD_DIR}/index.html): /console is off`);
    return;
  }
  const indexHtml = readFileSync(join(root, 'index.html'));
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  await fastify.register(async (scope) => {
    scope.addHook('onSend', async (_request, reply, payload) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) void reply.header(name, value);
      return payload;
    });
    await scope.register(fastifyStatic, {
      root: join(root, 'assets'),
      prefix: '/console/assets/',
      // Routes for the files found at start, nothing else: no directory listing, no traversal.
      wildcard: false,
      index: false,
      decorateReply: false,
      // File names carry a content hash.
      immutable: true,
      maxAge: '365d',
    });
    const page = async (_request: unknown, reply: FastifyReply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    scope.get('/console', page);
    scope.get('/console/*', async (request, reply) => {
      if (request.url.startsWith('/console/assets/')) {
        return reply.code(404).send({
          error: { code: 'NOT_FOUND', message: 'No such console file', details: [], requestId: request.id },
        });
      }
      return page(request, reply);
    });
  });
}
