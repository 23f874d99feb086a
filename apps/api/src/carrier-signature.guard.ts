import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '@corridor/config';
import { ApiError } from '@corridor/http';
import { verifyCarrierSignature } from '@corridor/tracking';

/**
 * Carrier pushes are authenticated by `X-Carrier-Signature` over the raw body, checked before
 * the body is even validated: an unsigned caller learns nothing but `401`.
 */
@Injectable()
export class CarrierSignatureGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest<{ Params: { carrierCode: string } }> & { rawBody?: Buffer }>();
    const secret = this.config.carrierSecret(request.params.carrierCode);
    const header = request.headers['x-carrier-signature'];
    if (
      !secret ||
      !request.rawBody ||
      !verifyCarrierSignature({
        secret,
        header: typeof header === 'string' ? header : undefined,
        rawBody: request.rawBody,
      })
    ) {
      throw new ApiError(401, 'UNAUTHENTICATED', 'missing, stale or invalid X-Carrier-Signature');
    }
    return true;
  }
}
