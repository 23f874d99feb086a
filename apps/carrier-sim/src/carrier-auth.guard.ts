import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppConfig } from '@corridor/config';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { isCarrierCode } from '@corridor/domain';
import { SimError } from './sim-error';

/** Each carrier answers only to its own secret, as a real carrier account would. */
@Injectable()
export class CarrierAuthGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const code = (request.params as Record<string, string | undefined>).carrierCode ?? '';
    if (!isCarrierCode(code)) throw SimError.notFound(`carrier ${code}`);
    const secret = this.config.carrierSecret(code);
    const match = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '');
    if (!secret || !match || !sameSecret(match[1], secret)) {
      throw new SimError(401, 'UNAUTHENTICATED', `missing or wrong bearer token for carrier ${code}`);
    }
    return true;
  }
}

/** Hashing first makes the comparison constant-time whatever the lengths. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
