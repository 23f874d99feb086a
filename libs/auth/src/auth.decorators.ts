import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Actor, Role } from '@corridor/domain';

/** Metadata key {@link Public} sets and the guard reads. */
export const IS_PUBLIC = Symbol('corridor:public');
/** Metadata key {@link Roles} sets and the guard reads. */
export const ROLES_ALLOWED = Symbol('corridor:roles');

/** A route anyone may call without a key (sign-up, tracking, carrier pushes with their own signature). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** The roles that may ever use a route; any other role is `403`. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_ALLOWED, roles);

/** The caller, as resolved from its API key by the guard. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<{ actor?: Actor }>();
  if (!request.actor) throw new Error('CurrentActor used on a public route');
  return request.actor;
});
