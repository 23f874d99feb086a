import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

/** The `Idempotency-Key` of the request being served, claimed but not yet answered. */
export interface IdempotentRequest {
  /** The caller the key is unique to: `key:<api key id>`, or `ip:<address>` for public calls. */
  scope: string;
  /** The client's `Idempotency-Key` header value. */
  key: string;
  /** Top-level response fields stored as null: secrets shown once. */
  redact: string[];
  /** Set once the response is stored; the HTTP layer then has nothing left to write. */
  recorded: boolean;
}

const current = new AsyncLocalStorage<IdempotentRequest>();

/** Runs `work` with `request` as the idempotent request its services may answer. */
export function runIdempotent<T>(request: IdempotentRequest, work: () => Promise<T>): Promise<T> {
  return current.run(request, work);
}

/** The stored form of a response: redacted fields become null. */
export function redactResponse(body: unknown, fields: string[]): unknown {
  if (fields.length === 0 || typeof body !== 'object' || body === null) return body ?? null;
  return { ...(body as Record<string, unknown>), ...Object.fromEntries(fields.map((f) => [f, null])) };
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
  await manager.query(
    `UPDATE idempotency_key SET status_code = $3, response = $4 WHERE scope = $1 AND key = $2 AND status_code IS NULL`,
    [request.scope, request.key, status, JSON.stringify(redactResponse(body, request.redact))],
  );
  request.recorded = true;
}
