import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { RequestAuthenticator } from '@corridor/auth';
import { ApiError } from '@corridor/http';
import { QUEUE_NAMES, Queues } from '@corridor/queue';

/** Where the queue dashboard is mounted. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The queue dashboard (bull-board) over every queue of the registry, on the API's Fastify
 * instance. Staff and admin only, with a console session or a Bearer key: staff look, admin may
 * also retry, clean and promote. The board's own UI sends no CSRF token, so on a session a
 * change must come from the same origin (SameSite=Strict keeps other sites' requests cookieless
 * as well).
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const authenticator = app.get(RequestAuthenticator);
  const queues = app.get(Queues);
  const serverAdapter = new BullBoardFastifyAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  const board = createBullBoard({
    queues: [],
    serverAdapter,
    options: {
      uiBasePath: dirname(createRequire(__filename).resolve('@bull-board/ui/package.json')),
      uiConfig: { boardTitle: 'Corridor queues' },
    },
  });
  // The registry's Queue instances exist once Nest has initialised its modules, after this
  // plugin is set up; the board takes them on its first request.
  let attached = false;
  const attach = () => {
    if (attached) return;
    board.replaceQueues(QUEUE_NAMES.map((name) => new BullMQAdapter(queues.get(name))));
    attached = true;
  };

  await app.register(
    async (scope: FastifyInstance) => {
      scope.decorateRequest('dashboardRole', null);
      scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        const admitted = await admit(authenticator, request);
        if (admitted instanceof ApiError) return sendError(request, reply, admitted);
        (request as DashboardRequest).dashboardRole = admitted;
        attach();
      });
      // Staff get the board in its read-only form: no retry, clean or promote buttons to press.
      scope.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
        if ((request as DashboardRequest).dashboardRole !== 'staff' || typeof payload !== 'string') return payload;
        if (!request.url.split('?')[0].endsWith('/api/queues')) return payload;
        if (!String(reply.getHeader('content-type') ?? '').includes('json')) return payload;
        const body = JSON.parse(payload) as { queues?: Record<string, unknown>[] };
        for (const queue of body.queues ?? []) {
          Object.assign(queue, { readOnlyMode: true, allowRetries: false, allowCompletedRetries: false });
        }
        return JSON.stringify(body);
      });
      await scope.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}

type DashboardRequest = FastifyRequest & { dashboardRole: 'staff' | 'admin' | null };

/**
 * The changes admin may make on the board: retry, clean and promote, of a queue's jobs or of
 * one job. Everything else bull-board offers (adding or editing jobs, emptying, obliterating,
 * pausing, schedulers, rate limits) is refused: a job added by hand would run a pipeline step
 * that no state change, task or history row stands behind.
 */
const ADMIN_CHANGES = [
  /^\/api\/queues\/[^/]+\/(retry|clean)\/[a-z]+$/,
  /^\/api\/queues\/[^/]+\/promote$/,
  /^\/api\/queues\/[^/]+\/[^/]+\/(retry|clean|promote)$/,
];

/** The request's path below the dashboard's prefix, without its query. */
function boardPath(request: FastifyRequest): string {
  const path = request.url.split('?')[0];
  return path.startsWith(QUEUE_DASHBOARD_PATH) ? path.slice(QUEUE_DASHBOARD_PATH.length) : path;
}

/** The role a request uses the board with, or why it may not. */
async function admit(
  authenticator: RequestAuthenticator,
  request: FastifyRequest,
): Promise<'staff' | 'admin' | ApiError> {
  const read = READS.has(request.method);
  try {
    // A change on a session passes the CSRF rule with its token, or by coming from this origin.
    const authenticated = await authenticator.authenticate(request, { sameOrigin: sameOrigin(request) });
    if (!authenticated) {
      return new ApiError(401, 'UNAUTHENTICATED', 'sign in to the console or send a staff or admin key as Bearer');
    }
    const { role } = authenticated.actor;
    if (role !== 'staff' && role !== 'admin') {
      return new ApiError(403, 'FORBIDDEN', `the queue dashboard is for staff: not open to the ${role} role`);
    }
    if (role === 'staff' && !read) {
      return new ApiError(403, 'FORBIDDEN', 'staff see the queues; only admin may retry, clean or promote jobs');
    }
    if (!read && !ADMIN_CHANGES.some((change) => change.test(boardPath(request)))) {
      return new ApiError(
        403,
        'FORBIDDEN',
        'on the queue dashboard admin may retry, clean or promote jobs, nothing else',
      );
    }
    return role;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

/** The browser says the request comes from a page of this origin. */
function sameOrigin(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'same-origin') return true;
  const origin = request.headers.origin;
  if (typeof origin !== 'string' || typeof request.headers.host !== 'string') return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The contract's error envelope, as the API's exception filter writes it. */
function sendError(request: FastifyRequest, reply: FastifyReply, error: ApiError): FastifyReply {
  return reply
    .status(error.status)
    .header('content-type', 'application/json; charset=utf-8')
    .send({
      error: { code: error.code, message: error.message, details: error.details, requestId: String(request.id) },
    });
}
