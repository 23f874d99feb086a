import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '@corridor/domain';
import { ApiError } from '@corridor/http';
import { IS_PUBLIC, ROLES_ALLOWED } from './auth.decorators';
import { RequestAuthenticator } from './request-authenticator';
import type { ConsoleSession } from './sessions.service';

/** A request once the guard has let it through. */
export type AuthenticatedRequest = FastifyRequest & { actor?: Actor; consoleSession?: ConsoleSession | null };

/**
 * Denies by default: every route needs a valid key (or console session) unless marked
 * `@Public()`, and a route marked `@Roles(...)` refuses other roles with `403`.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  /**
   * Lets a public route through; otherwise authenticates the request and sets `request.actor` (and
   * `request.consoleSession`). Throws `401 UNAUTHENTICATED` without a valid credential and `403 FORBIDDEN` for a role
   * the route does not allow; never answers false.
   */
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const authenticated = await this.authenticator.authenticate(request);
    if (!authenticated) {
      throw new ApiError(
        401,
        'UNAUTHENTICATED',
        'a valid API key is required: Authorization: Bearer <key> (or a console session)',
      );
    }
    const { actor, session } = authenticated;
    request.actor = actor;
    request.consoleSession = session;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    if (roles && !roles.includes(actor.role as Role)) {
      throw new ApiError(403, 'FORBIDDEN', `this route is not open to the ${actor.role} role`);
    }
    return true;
  }
}
