import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ErrorEnvelope, SimErrorCode } from './sim-error';

const CODE_BY_STATUS: Readonly<Record<number, SimErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  404: 'NOT_FOUND',
  409: 'INVALID_STATE_TRANSITION',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'IDEMPOTENCY_KEY_REUSED',
  503: 'UNAVAILABLE',
};

/**
 * Puts every failure in the error envelope, including those raised before a handler runs
 * (Fastify's malformed JSON, body too large, unknown routes), and never leaks a stack.
 */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('CarrierSim');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body } = this.toEnvelope(exception);
    if (status >= 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toEnvelope(exception: unknown): { status: number; body: ErrorEnvelope } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (isEnvelope(response)) return { status, body: response };
      return { status, body: envelope(status, exception.message) };
    }
    // Fastify's own errors (FST_ERR_CTP_*) carry a 4xx statusCode and a safe message.
    const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return { status: statusCode, body: envelope(statusCode, (exception as Error).message) };
    }
    return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error', details: [] } } };
  }
}

function envelope(status: number, message: string): ErrorEnvelope {
  return {
    error: { code: CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED'), message, details: [] },
  };
}

function isEnvelope(value: unknown): value is ErrorEnvelope {
  const error = (value as { error?: unknown } | null)?.error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}
