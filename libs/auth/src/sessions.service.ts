import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@corridor/config';
import type { Actor } from '@corridor/domain';
import { ApiError } from '@corridor/http';
import { newId } from '@corridor/persistence';
import { ADMIN_KEY_ID, ApiKeysService, hashKey } from './api-keys.service';

/** The cookie that carries a console session's token. */
export const SESSION_COOKIE = 'corridor_session';

/** A session ends after this long without a request (sliding). */
export const SESSION_IDLE_SECONDS = 12 * 60 * 60;

/** `last_seen_at` is written at most this often, so a busy console does not write on every request. */
const TOUCH_EVERY_SECONDS = 60;

/** Staff and admin sign in to the console; the other roles have their own systems. */
const CONSOLE_ROLES = new Set(['staff', 'admin']);

/** A console session as a request sees it. */
export interface ConsoleSession {
  /** The session's id. */
  id: string;
  /** The staff or admin caller the session acts as. */
  actor: Actor;
  /** The key's label ("admin" for the bootstrap key). */
  label: string;
  /** When it ends unless used again: idle time is what ends a session, so each use moves this on. */
  expiresAt: Date;
  /** The token a state-changing request on this session must send as `X-CSRF-Token`. */
  csrfToken: string;
}

/**
 * What a sign-in gives the browser: the cookie's token, the CSRF token for changes, and when the session ends if idle.
 */
export interface SignedIn {
  /** Goes into the cookie only; the database holds its hash. */
  token: string;
  /** Sent back on every state-changing request as `X-CSRF-Token`. */
  csrfToken: string;
  /** When the session ends unless used again. */
  expiresAt: Date;
}

interface SessionRow {
  id: string;
  key_id: string;
  admin_key_hash: string | null;
  last_seen_at: Date;
  stale: boolean;
  key_role: string | null;
  key_label: string | null;
  key_revoked: boolean | null;
}

/**
 * Browser sessions of the staff console. A session is looked up in Postgres on every request
 * (one indexed read, joined to its key), so a revoked key's sessions end at once on every API
 * instance, with no cache to outlive the revocation.
 */
@Injectable()
export class SessionsService {
  private readonly adminHash: string | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: ApiKeysService,
    config: AppConfig,
  ) {
    this.adminHash = config.adminApiKey ? hashKey(config.adminApiKey) : null;
  }

  /** Signs a staff or admin key in; other roles are `403`, an unknown or revoked key `401`. */
  async signIn(apiKey: string): Promise<SignedIn> {
    const actor = await this.keys.resolve(apiKey);
    if (!actor?.keyId) throw new ApiError(401, 'UNAUTHENTICATED', 'the API key is unknown or revoked');
    if (!CONSOLE_ROLES.has(actor.role)) {
      throw new ApiError(403, 'FORBIDDEN', `the console is for staff: ${actor.role} keys cannot sign in`);
    }
    const token = randomBytes(32).toString('base64url');
    // Sessions idle past the limit are dead already; sign-ins sweep them away.
    await this.dataSource.query(`DELETE FROM browser_session WHERE last_seen_at < now() - make_interval(secs => $1)`, [
      SESSION_IDLE_SECONDS,
    ]);
    const rows: { last_seen_at: Date }[] = await this.dataSource.query(
      `INSERT INTO browser_session (id, token_hash, key_id, role, admin_key_hash)
       VALUES ($1, $2, $3, $4, $5) RETURNING last_seen_at`,
      [newId(), hashKey(token), actor.keyId, actor.role, actor.keyId === ADMIN_KEY_ID ? this.adminHash : null],
    );
    return { token, csrfToken: csrfTokenOf(token), expiresAt: expiry(rows[0].last_seen_at) };
  }

  /** The live session a cookie's token stands for, or null; seeing it slides its idle limit. */
  async resolve(token: string): Promise<ConsoleSession | null> {
    const tokenHash = hashKey(token);
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.key_id, s.admin_key_hash, s.last_seen_at,
              s.last_seen_at < now() - make_interval(secs => $3) AS stale,
              k.role AS key_role, k.label AS key_label, k.revoked_at IS NOT NULL AS key_revoked
         FROM browser_session s LEFT JOIN api_key k ON k.id = s.key_id
        WHERE s.token_hash = $1 AND s.last_seen_at >= now() - make_interval(secs => $2)`,
      [tokenHash, SESSION_IDLE_SECONDS, TOUCH_EVERY_SECONDS],
    );
    const row = rows[0];
    if (!row) return null;
    const actor = this.actorOf(row);
    if (!actor) {
      await this.end(row.id);
      return null;
    }
    let lastSeen = row.last_seen_at;
    if (row.stale) {
      // TypeORM answers an UPDATE with [rows, count].
      const [touched]: [{ last_seen_at: Date }[], number] = await this.dataSource.query(
        `UPDATE browser_session SET last_seen_at = now() WHERE id = $1 RETURNING last_seen_at`,
        [row.id],
      );
      lastSeen = touched[0]?.last_seen_at ?? lastSeen;
    }
    return {
      id: row.id,
      actor,
      label: row.key_id === ADMIN_KEY_ID ? 'admin' : (row.key_label ?? ''),
      expiresAt: expiry(lastSeen),
      csrfToken: csrfTokenOf(token),
    };
  }

  /** Ends a session (sign-out); ending one that is gone already is not an error. */
  async end(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM browser_session WHERE id = $1`, [id]);
  }

  /** Whether a presented `X-CSRF-Token` is the session's, compared in constant time. */
  csrfMatches(session: ConsoleSession, presented: unknown): boolean {
    if (typeof presented !== 'string') return false;
    const expected = Buffer.from(session.csrfToken, 'utf8');
    const given = Buffer.from(presented, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Who a session stands for now: its key must still be live (or still be the bootstrap key). */
  private actorOf(row: SessionRow): Actor | null {
    if (row.key_id === ADMIN_KEY_ID) {
      if (!this.adminHash || !row.admin_key_hash) return null;
      const same = timingSafeEqual(Buffer.from(row.admin_key_hash, 'hex'), Buffer.from(this.adminHash, 'hex'));
      return same ? { role: 'admin', keyId: ADMIN_KEY_ID } : null;
    }
    if (row.key_role === null || row.key_revoked || !CONSOLE_ROLES.has(row.key_role)) return null;
    return { role: row.key_role as Actor['role'], keyId: row.key_id, storeCode: null, supplierId: null };
  }
}

/** The CSRF token of a session: an HMAC of its token, so it is never stored and cannot be guessed. */
function csrfTokenOf(token: string): string {
  return createHmac('sha256', token).update('corridor console csrf').digest('base64url');
}

function expiry(lastSeen: Date): Date {
  return new Date(new Date(lastSeen).getTime() + SESSION_IDLE_SECONDS * 1000);
}
