import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { runInRequestContext } from '@corridor/persistence';

/**
 * Runs each route handler with its request id as the request context, so the outbox rows it
 * writes carry the id on to their jobs and the jobs' log lines name the request.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const requestId = String(context.switchToHttp().getRequest<FastifyRequest>().id);
    return new Observable((subscriber) =>
      runInRequestContext({ requestId }, () => next.handle().subscribe(subscriber)),
    );
  }
}
