import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC, ROLES_ALLOWED } from '@corridor/auth';
import { ROLES, type Role } from '@corridor/domain';

/** Who may call one route, read from the same metadata the API-key guard enforces. */
export interface RouteAccess {
  /** `@Public()`: no key asked. */
  public: boolean;
  /** The roles `@Roles(...)` lets in; every role when the route names none. */
  roles: Role[];
}

/**
 * The access of every controller method, keyed as `@nestjs/swagger` names operations
 * (`<Controller>_<method>`), resolved like `ApiKeyGuard`: the handler's metadata
 * overrides its class's. The spec's `x-roles` and `security` are derived from this, so they
 * cannot drift from what the guard lets through.
 */
export function routeAccessByOperationId(app: INestApplication): Map<string, RouteAccess> {
  const reflector = new Reflector();
  const access = new Map<string, RouteAccess>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | undefined;
      if (!controller?.prototype) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const targets = [handler, controller];
        const isPublic = reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;
        const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
        access.set(`${controller.name}_${name}`, {
          public: isPublic,
          roles: isPublic || !roles ? [...ROLES] : ROLES.filter((role) => roles.includes(role)),
        });
      }
    }
  }
  return access;
}
