import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sessions of the staff console. Only the SHA-256 of the session token is stored; the
 * CSRF token is derived from the token by HMAC, so nothing of it is stored at all. A session
 * of a key row ends with the key (revocation deletes them, and lookups join on the key); a
 * session of the bootstrap admin key, which has no row, keeps the hash of that key so that a
 * restart with another ADMIN_API_KEY ends it.
 */
export class BrowserSessions1764662400000 implements MigrationInterface {
  name = 'BrowserSessions1764662400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE browser_session (
        id uuid PRIMARY KEY,
        token_hash char(64) NOT NULL UNIQUE,
        key_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('staff', 'admin')),
        admin_key_hash char(64),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX browser_session_key_id_idx ON browser_session (key_id);
      CREATE INDEX browser_session_last_seen_at_idx ON browser_session (last_seen_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE browser_session`);
  }
}
