import { Injectable } from '@nestjs/common';
import fastifyCookie from '@fastify/cookie';
import type { Actor } from '@corridor/domain';
import { ApiError } from '@corridor/http';
import { ApiKeysService } from './api-keys.service';
import { SESSION_COOKIE, SessionsService, type ConsoleSession } from './sessions.service';

/** What the authenticator reads of a request: Fastify's, or the raw one of a Fastify hook. */
export interface CredentialSource {
  /** The HTTP method; any but GET, HEAD and OPTIONS is a change, which on a session needs the CSRF token. */
  method: string;
  /** The request headers, lower-case names: `authorization`, `cookie` and `x-csrf-token` are read. */
  headers: Record<string, string | string[] | undefined>;
  /** Parsed cookies, when a cookie plugin has run; otherwise the `cookie` header is parsed. */
  cookies?: Record<string, string | undefined>;
}

/** A resolved caller: who it is, and the console session it came with, if any. */
export interface Authenticated {
  /** Who is calling, with the store or supplier that scopes what it sees. */
  actor: Actor;
  /** Set when the request came with a console session rather than a Bearer key. */
  session: ConsoleSession | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place a request's credentials are resolved, for the API guard and the queue
 * dashboard alike: a Bearer key, or else the console's session cookie. A state-changing
 * request on a session must carry the session's `X-CSRF-Token`.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * The caller, or null when it presents no valid credential; a change on a session without
   * its CSRF token is `403`, unless `sameOrigin` says the caller has checked the request comes
   * from a page of this origin (for pages that cannot send the token).
   */
  async authenticate(request: CredentialSource, options: { sameOrigin?: boolean } = {}): Promise<Authenticated | null> {
    const header = request.headers.authorization;
    // A Bearer key wins over a cookie: scripts that send one mean it.
    if (header !== undefined) {
      const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
      const actor = match ? await this.keys.resolve(match[1]) : null;
      return actor ? { actor, session: null } : null;
    }
    const token = sessionToken(request);
    if (!token) return null;
    const session = await this.sessions.resolve(token);
    if (!session) return null;
    const change = !SAFE_METHODS.has(request.method.toUpperCase());
    if (change && !options.sameOrigin && !this.sessions.csrfMatches(session, request.headers['x-csrf-token'])) {
      throw new ApiError(403, 'FORBIDDEN', 'a change made with a console session must send its X-CSRF-Token');
    }
    return { actor: session.actor, session };
  }
}

function sessionToken(request: CredentialSource): string | undefined {
  const parsed = request.cookies?.[SESSION_COOKIE];
  if (parsed) return parsed;
  const cookie = request.headers.cookie;
  if (typeof cookie !== 'string') return undefined;
  return fastifyCookie.parse(cookie)[SESSION_COOKIE] || undefined;
}
