import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { Actor } from '@corridor/domain';
import { SecretBox, SecretBoxOpenError } from '@corridor/persistence';
import { runIdempotent, storedAnswer, type IdempotentRequest } from './idempotency-context';
import { ApiError } from './error-envelope.filter';

const IDEMPOTENT = Symbol('corridor:idempotent');
const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;
/** Replays are kept this long (the contract asks for at least 24 h). */
export const IDEMPOTENCY_RETENTION_HOURS = 48;
/** A key still "in use" after this long belongs to a request that died; the next one may take it. */
const ABANDONED_AFTER_SECONDS = 120;
/** Tries to free a failed request's key: 0.5 s, 1 s, 2 s … 8 s apart, about a minute in all. */
const RELEASE_ATTEMPTS = 10;

/** How a route marked {@link Idempotent} stores its replay. */
export interface IdempotentOptions {
  /**
   * Top-level response fields that reveal a secret once (a new API key, a webhook secret). The
   * stored replay holds them only sealed, under a key derived from the caller's
   * `Idempotency-Key` and `SECRETS_KEY`, so a replay returns them again and nothing else can.
   */
  secrets?: string[];
}

/** Marks a creating `POST` as honouring `Idempotency-Key`. */
export const Idempotent = (options: IdempotentOptions = {}): MethodDecorator => SetMetadata(IDEMPOTENT, options);

type Decision = { kind: 'run' } | { kind: 'replay'; status: number; body: unknown; sealedSecrets: string | null };

/** One request run under {@link IdempotencyStore.run}: the request and reply it answers, and what identifies it. */
export interface IdempotentCall {
  /** The request; its `Idempotency-Key` header, method, URL and caller (key id, or IP when public) scope the key. */
  request: FastifyRequest & { actor?: Actor };
  /** The reply, which a replay sets the first status and `Idempotent-Replayed: true` on. */
  reply: FastifyReply;
  /** What identifies the request besides method and URL: its body, or for uploads its fields and file hash. */
  content: unknown;
  /** Top-level response fields that reveal a secret once, as in {@link IdempotentOptions.secrets}. */
  secrets?: string[];
}

/**
 * `Idempotency-Key` per the contract: scoped to the caller; a replay returns the first status
 * and body with `Idempotent-Replayed: true`; the same key with another request is `422`; a
 * replay while the first is still running is `409`. A request that fails releases its key, so
 * the client may retry it. A secret the answer reveals once is kept with it only sealed, under a
 * key derived (HKDF) from `SECRETS_KEY`, the caller and its `Idempotency-Key`, and goes with it.
 */
@Injectable()
export class IdempotencyStore {
  private readonly logger = new Logger(IdempotencyStore.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
  ) {}

  /** Runs `work` once per key; without an `Idempotency-Key` header it simply runs it. */
  async run<T>(call: IdempotentCall, work: () => Promise<T>): Promise<T | unknown> {
    const key = call.request.headers['idempotency-key'];
    if (key === undefined) return work();
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new ApiError(400, 'VALIDATION_FAILED', 'Idempotency-Key must be 1-255 printable characters', [
        { field: 'Idempotency-Key', issue: 'must be 1-255 printable characters' },
      ]);
    }
    const scope = call.request.actor?.keyId ? `key:${call.request.actor.keyId}` : `ip:${call.request.ip}`;
    const hash = createHash('sha256')
      .update(`${call.request.method} ${call.request.url}\n${JSON.stringify(call.content ?? null)}`)
      .digest('hex');
    const decision = await this.decide(scope, key, hash);
    if (decision.kind === 'replay') {
      void call.reply.status(decision.status).header('Idempotent-Replayed', 'true');
      return this.withSecrets(scope, key, decision);
    }
    const box = this.replayBox(scope, key);
    const request: IdempotentRequest = {
      scope,
      key,
      secrets: call.secrets ?? [],
      seal: (plaintext) => box.seal(plaintext, replayContext(scope, key)),
      recorded: false,
    };
    let body: T;
    try {
      body = await runIdempotent(request, work);
    } catch (error) {
      await this.release(scope, key);
      throw error;
    }
    // Services that create in one transaction store the response with it; for the rest, here.
    if (!request.recorded) {
      const stored = storedAnswer(request, body);
      await this.dataSource.query(
        `UPDATE idempotency_key SET status_code = $3, response = $4, sealed_secrets = $5 WHERE scope = $1 AND key = $2`,
        [scope, key, call.reply.statusCode, stored.response, stored.sealedSecrets],
      );
    }
    return body;
  }

  /**
   * Frees the key of a request that failed, so the client's retry runs. When the failure was
   * the database going away, the release fails too: it is tried again in the background (for
   * about a minute) rather than leaving the key "in use" until it counts as abandoned.
   */
  private release(scope: string, key: string, attempt = 1): Promise<void> {
    return this.dataSource
      .query(`DELETE FROM idempotency_key WHERE scope = $1 AND key = $2 AND status_code IS NULL`, [scope, key])
      .then(
        () => undefined,
        () => {
          if (attempt >= RELEASE_ATTEMPTS) return;
          const retry = () => void this.release(scope, key, attempt + 1);
          setTimeout(retry, Math.min(500 * 2 ** (attempt - 1), 8000)).unref();
        },
      );
  }

  /** The box for one key's secrets: its key derived (HKDF) from SECRETS_KEY, the caller and the `Idempotency-Key`. */
  private replayBox(scope: string, key: string): SecretBox {
    return this.secrets.derive({ purpose: 'idempotent-replay', salt: key, info: scope });
  }

  /**
   * The stored body with its secrets opened back in. A seal that does not open (SECRETS_KEY
   * changed since) leaves them null, as a replay answered before secrets were kept.
   */
  private withSecrets(scope: string, key: string, replay: Extract<Decision, { kind: 'replay' }>): unknown {
    if (replay.sealedSecrets === null || typeof replay.body !== 'object' || replay.body === null) return replay.body;
    try {
      const secrets = JSON.parse(this.replayBox(scope, key).open(replay.sealedSecrets, replayContext(scope, key)));
      return { ...(replay.body as Record<string, unknown>), ...(secrets as Record<string, unknown>) };
    } catch (error) {
      if (!(error instanceof SecretBoxOpenError)) throw error;
      this.logger.warn(
        'the secrets kept for an idempotent replay do not open under SECRETS_KEY; replayed without them',
      );
      return replay.body;
    }
  }

  private async decide(scope: string, key: string, hash: string): Promise<Decision> {
    await this.dataSource.query(
      `DELETE FROM idempotency_key WHERE scope = $1 AND key = $2
         AND (created_at < now() - make_interval(hours => $3)
              OR (status_code IS NULL AND created_at < now() - make_interval(secs => $4)))`,
      [scope, key, IDEMPOTENCY_RETENTION_HOURS, ABANDONED_AFTER_SECONDS],
    );
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [scope, key, hash],
    );
    if (claimed.length > 0) return { kind: 'run' };
    const rows: {
      request_hash: string;
      status_code: number | null;
      response: unknown;
      sealed_secrets: string | null;
    }[] = await this.dataSource.query(
      `SELECT request_hash, status_code, response, sealed_secrets FROM idempotency_key WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    const first = rows[0];
    if (!first) return this.decide(scope, key, hash);
    if (first.request_hash !== hash) {
      throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used with a different request');
    }
    if (first.status_code === null) {
      throw new ApiError(
        409,
        'IDEMPOTENCY_KEY_IN_USE',
        'a request with this Idempotency-Key is still being processed; retry shortly',
      );
    }
    return { kind: 'replay', status: first.status_code, body: first.response, sealedSecrets: first.sealed_secrets };
  }
}

/** Applies {@link IdempotencyStore} to routes marked `@Idempotent()`, keyed on the JSON body. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<IdempotentOptions | undefined>(IDEMPOTENT, context.getHandler());
    if (!options) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(
      this.store.run({ request, reply, content: request.body, secrets: options.secrets }, () =>
        lastValueFrom(next.handle()),
      ),
    );
  }
}

/** What a replay's sealed secrets are bound to: the row of the caller's key. */
function replayContext(scope: string, key: string): string {
  return `idempotency_key:${scope}\n${key}`;
}
