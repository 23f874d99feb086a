import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in browser of the staff console; the token itself is only in the browser's cookie. */
@Entity('browser_session')
export class BrowserSession {
  /** UUIDv7, assigned by Corridor. */
  @PrimaryColumn('uuid')
  id: string;

  /** Hex SHA-256 of the session token the cookie carries. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  /** The key signed in with (ADMIN_KEY_ID for the bootstrap admin key). */
  @Column({ name: 'key_id', type: 'uuid' })
  keyId: string;

  /** The key's role at sign-in; only staff and admin use the console. */
  @Column({ type: 'text' })
  role: 'staff' | 'admin';

  /** The bootstrap admin key's hash: a restart with another ADMIN_API_KEY ends the session. */
  @Column({ name: 'admin_key_hash', type: 'char', length: 64, nullable: true })
  adminKeyHash: string | null;

  /** When the browser signed in. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the session was last used, written at most once a minute; idle past {@link SESSION_IDLE_SECONDS}, it is over. */
  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;
}
