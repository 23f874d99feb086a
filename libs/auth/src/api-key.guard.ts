import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '@corridor/domain';
import { ApiError } from '@corridor/http';
import { IS_PUBLIC, ROLES_ALLOWED } from './auth.decorators';
import { ApiKeysService } from './api-keys.service';

/**
 * Denies by default: every route needs a valid key unless marked `@Public()`, and a route
 * marked `@Roles(...)` refuses other roles with `403`.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    const actor = match ? await this.keys.resolve(match[1]) : null;
    if (!actor) throw new ApiError(401, 'UNAUTHENTICATED', 'a valid API key is required: Authorization: Bearer <key>');
    request.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    if (roles && !roles.includes(actor.role as Role)) {
      throw new ApiError(403, 'FORBIDDEN', `this route is not open to the ${actor.role} role`);
    }
    return true;
  }
}
