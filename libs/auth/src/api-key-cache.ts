import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '@corridor/config';
import type { Actor } from '@corridor/domain';

/** Postgres channel a revocation is announced on; NOTIFY is delivered when the revoke commits. */
export const API_KEY_REVOKED_CHANNEL = 'corridor_api_key_revoked';

const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Resolved keys, kept in memory so a request does not pay a database round trip for its key.
 * Every API instance listens for revocations and drops the key at once; while the listener is
 * not connected the cache holds nothing, so a revoked key can never outlive its revocation.
 */
@Injectable()
export class ApiKeyCache implements OnApplicationShutdown {
  private readonly logger = new Logger(ApiKeyCache.name);
  private readonly entries = new Map<string, { actor: Actor; expiresAt: number }>();
  private listener: Client | null = null;
  private connecting: Promise<void> | null = null;
  private stopped = false;
  /** Bumped by every eviction: a lookup that started before one must not cache its answer. */
  private generation = 0;

  constructor(private readonly config: AppConfig) {}

  /**
   * The actor cached for a key hash, or undefined when not cached, expired (after a minute) or while the revocation
   * listener is down; the caller then reads the database. Starts the listener on first use.
   */
  get(hash: string): Actor | undefined {
    this.listen();
    const entry = this.listener ? this.entries.get(hash) : undefined;
    if (!entry) return undefined;
    if (entry.expiresAt < Date.now()) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.actor;
  }

  /** The generation to hand back to `set` after reading the key from the database. */
  snapshot(): number {
    return this.generation;
  }

  /**
   * Caches a key read from the database. `generation` is what {@link snapshot} gave before the read; if a key was
   * evicted since, or the listener is down, nothing is cached, so a revocation that raced the read wins.
   */
  set(hash: string, actor: Actor, generation: number): void {
    if (!this.listener || generation !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(hash, { actor, expiresAt: Date.now() + TTL_MS });
  }

  /** Drops every entry of a key at once; called on a revocation notice, on this instance or another. */
  evict(keyId: string): void {
    this.generation += 1;
    for (const [hash, entry] of this.entries) if (entry.actor.keyId === keyId) this.entries.delete(hash);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.connecting;
    await this.listener?.end().catch(() => undefined);
  }

  /** Connects the revocation listener on first use (only the API resolves keys), and after a loss. */
  private listen(): void {
    if (this.listener || this.connecting || this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl, keepAlive: true });
    client.on('notification', (message) => this.evict(message.payload ?? ''));
    client.on('error', (error) => {
      this.logger.warn(`key revocation listener lost (${error.message}); resolving keys from the database`);
      this.listener = null;
      this.generation += 1;
      this.entries.clear();
    });
    this.connecting = client
      .connect()
      .then(() => client.query(`LISTEN ${API_KEY_REVOKED_CHANNEL}`))
      .then(async () => {
        if (this.stopped) await client.end();
        else this.listener = client;
      })
      .catch((error: Error) => {
        this.logger.warn(`key revocation listener not connected: ${error.message}`);
        void client.end().catch(() => undefined);
      })
      .finally(() => {
        this.connecting = null;
      });
  }
}
