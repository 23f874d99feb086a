import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import { AppConfig } from '@corridor/config';
import { DomainError, type Actor, type Role } from '@corridor/domain';
import { newId } from '@corridor/persistence';
import { ApiKey } from './api-key.entity';
import { API_KEY_REVOKED_CHANNEL, ApiKeyCache } from './api-key-cache';

/** A key as issued: the only time the key itself is ever shown, so hand `key` to its holder now. */
export interface IssuedKey {
  /** The key's id, as history and task claims record it. */
  id: string;
  /** The secret, `cor_<role>_` and 32 random bytes in base64url; not stored, only its hash. */
  key: string;
  /** What the key may do. */
  role: Role;
  /** The name people recognise it by. */
  label: string;
  /** A buyer key's store; null for HQ procurement and other roles. */
  storeCode: string | null;
  /** An exporter key's supplier; null for other roles. */
  supplierId: string | null;
  /** When it was issued, ISO 8601. */
  createdAt: string;
}

/** The bootstrap admin key (from ADMIN_API_KEY) has no row; this id stands for it in history and claims. */
export const ADMIN_KEY_ID = '00000000-0000-7000-8000-000000000000';

/** Hex SHA-256 of a key or session token: what is stored and looked up, never the secret itself. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Issues, resolves and revokes API keys. Keys are 32 random bytes; only their hash is stored. */
@Injectable()
export class ApiKeysService {
  private readonly adminHash: Buffer | null;

  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    private readonly cache: ApiKeyCache,
    config: AppConfig,
  ) {
    this.adminHash = config.adminApiKey ? Buffer.from(hashKey(config.adminApiKey), 'hex') : null;
  }

  /** Creates a key; pass the manager of an open transaction to create it with other rows. */
  async issue(
    input: { role: Role; label: string; storeCode?: string | null; supplierId?: string | null },
    manager?: EntityManager,
  ): Promise<IssuedKey> {
    const key = `cor_${input.role}_${randomBytes(32).toString('base64url')}`;
    const row = this.keys.create({
      id: newId(),
      keyHash: hashKey(key),
      role: input.role,
      label: input.label,
      storeCode: input.storeCode ?? null,
      supplierId: input.supplierId ?? null,
      revokedAt: null,
    });
    const saved = await (manager ? manager.getRepository(ApiKey) : this.keys).save(row);
    return {
      id: saved.id,
      key,
      role: saved.role,
      label: saved.label,
      storeCode: saved.storeCode,
      supplierId: saved.supplierId,
      createdAt: saved.createdAt.toISOString(),
    };
  }

  /** The actor a presented key stands for, or null when it is unknown or revoked. */
  async resolve(key: string): Promise<Actor | null> {
    const hash = hashKey(key);
    if (this.adminHash && timingSafeEqual(Buffer.from(hash, 'hex'), this.adminHash))
      return { role: 'admin', keyId: ADMIN_KEY_ID };
    const cached = this.cache.get(hash);
    if (cached) return cached;
    const generation = this.cache.snapshot();
    const row = await this.keys.findOne({ where: { keyHash: hash, revokedAt: IsNull() } });
    if (!row) return null;
    const actor: Actor = { role: row.role, keyId: row.id, storeCode: row.storeCode, supplierId: row.supplierId };
    this.cache.set(hash, actor, generation);
    return actor;
  }

  /**
   * The labels of keys by id, for naming who holds a task; the bootstrap admin key is
   * "admin", and revoked keys keep their label (a task claimed by one still says who).
   */
  async labels(ids: (string | null | undefined)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
    const labels = new Map<string, string>();
    if (wanted.includes(ADMIN_KEY_ID)) labels.set(ADMIN_KEY_ID, 'admin');
    const rows = wanted.some((id) => id !== ADMIN_KEY_ID)
      ? await this.keys.find({ select: { id: true, label: true }, where: { id: In(wanted) } })
      : [];
    for (const row of rows) labels.set(row.id, row.label);
    return labels;
  }

  /**
   * What each of these keys may see and whether it still works, by id: the store a buyer key
   * is bound to (null for HQ and other roles) and whether it is revoked. Unknown ids are absent.
   */
  async scopes(ids: string[]): Promise<Map<string, { storeCode: string | null; revoked: boolean }>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = await this.keys.find({
      select: { id: true, storeCode: true, revokedAt: true },
      where: { id: In(wanted) },
    });
    return new Map(rows.map((r) => [r.id, { storeCode: r.storeCode, revoked: r.revokedAt !== null }]));
  }

  /**
   * Revokes a key and ends its console sessions; every API instance hears of it when the
   * revocation commits, and drops it.
   */
  async revoke(id: string): Promise<void> {
    await this.keys.manager.transaction(async (manager) => {
      const result = await manager.getRepository(ApiKey).update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) throw DomainError.notFound('api key');
      // Its console sessions end with it (lookups also join on revoked_at, so none outlives it).
      await manager.query('DELETE FROM browser_session WHERE key_id = $1', [id]);
      await manager.query('SELECT pg_notify($1, $2)', [API_KEY_REVOKED_CHANNEL, id]);
    });
    this.cache.evict(id);
  }
}
