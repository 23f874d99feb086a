import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

/** The `Idempotency-Key` of the request being served, claimed but not yet answered. */
export interface IdempotentRequest {
  /** The caller the key is unique to: `key:<api key id>`, or `ip:<address>` for public calls. */
  scope: string;
  /** The client's `Idempotency-Key` header value. */
  key: string;
  /** Top-level response fields that reveal a secret once: stored as null, their values only sealed. */
  secrets: string[];
  /** Seals the revealed secrets (their JSON) so only a replay with this request's key opens them. */
  seal: (plaintext: string) => string;
  /** Set once the response is stored; the HTTP layer then has nothing left to write. */
  recorded: boolean;
}

/** An answer as `idempotency_key` keeps it: the body with its secrets nulled, and those secrets sealed. */
export interface StoredAnswer {
  /** The body as JSON, each secret field null. */
  response: string;
  /** The secret fields' values as sealed JSON; null when the body revealed none. */
  sealedSecrets: string | null;
}

const current = new AsyncLocalStorage<IdempotentRequest>();

/** Runs `work` with `request` as the idempotent request its services may answer. */
export function runIdempotent<T>(request: IdempotentRequest, work: () => Promise<T>): Promise<T> {
  return current.run(request, work);
}

/** What is stored of `body` for replays of `request`: never a secret in the clear. */
export function storedAnswer(request: IdempotentRequest, body: unknown): StoredAnswer {
  if (request.secrets.length === 0 || typeof body !== 'object' || body === null) {
    return { response: JSON.stringify(body ?? null), sealedSecrets: null };
  }
  const fields = body as Record<string, unknown>;
  const revealed = Object.fromEntries(
    request.secrets.filter((f) => fields[f] !== undefined && fields[f] !== null).map((f) => [f, fields[f]]),
  );
  return {
    response: JSON.stringify({ ...fields, ...Object.fromEntries(request.secrets.map((f) => [f, null])) }),
    sealedSecrets: Object.keys(revealed).length > 0 ? request.seal(JSON.stringify(revealed)) : null,
  };
}

/**
 * Stores the response of the current idempotent request in the transaction that creates the
 * resource, so the two commit together: a crash after the commit replays this response, a
 * crash before it leaves nothing behind and the key is free again. Outside an idempotent
 * request it does nothing.
 */
export async function recordIdempotentResponse(manager: EntityManager, status: number, body: unknown): Promise<void> {
  const request = current.getStore();
  if (!request) return;
  const stored = storedAnswer(request, body);
  await manager.query(
    `UPDATE idempotency_key SET status_code = $3, response = $4, sealed_secrets = $5
      WHERE scope = $1 AND key = $2 AND status_code IS NULL`,
    [request.scope, request.key, status, stored.response, stored.sealedSecrets],
  );
  request.recorded = true;
}
