import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '@corridor/config';
import { DomainError, isStaff, type Actor } from '@corridor/domain';
import { SecretBox, decodeIdCursor, newId, toPage, type Page } from '@corridor/persistence';
import { ApiKeysService } from '@corridor/auth';
import type { CreateWebhookSubscriptionDto } from './dto/create-webhook-subscription.dto';
import { newWebhookSecret, webhookSecretContext } from './signature';
import { checkWebhookUrl } from './webhook-target';
import type { WebhookEventType } from './webhook-events';
import type {
  CreatedWebhookSubscriptionView,
  WebhookAttemptView,
  WebhookDeliveryView,
  WebhookSubscriptionView,
} from './webhook.views';

interface SubscriptionRow {
  id: string;
  api_key_id: string;
  url: string;
  events: WebhookEventType[];
  created_at: Date;
}

/** A subscription with the store of its key: what it sees. */
type ScopedSubscription = SubscriptionRow & { store_code: string | null };

interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  status: WebhookDeliveryView['status'];
  body: string;
  created_at: Date;
  completed_at: Date | null;
  attempts: { attempt: number; at: string; statusCode: number | null; error: string | null; durationMs: number }[];
}

const SUBSCRIPTION_COLUMNS = `ws.id, ws.api_key_id, ws.url, ws.events, ws.created_at`;

/**
 * Buyers' webhook subscriptions. A subscription belongs to the buyer key that made it and
 * sees what that key sees: one store's orders and shipments, or every store's for an HQ key.
 * It stops when the key is revoked or the subscription deleted.
 */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly keys: ApiKeysService,
    private readonly secrets: SecretBox,
  ) {}

  async create(dto: CreateWebhookSubscriptionDto, actor: Actor): Promise<CreatedWebhookSubscriptionView> {
    if (!actor.keyId) throw new DomainError('FORBIDDEN', 'a webhook subscription belongs to an API key');
    const url = await checkWebhookUrl(dto.url, {
      allowPrivate: this.config.webhookAllowPrivate,
      requireHttps: this.config.nodeEnv === 'production',
    });
    const id = newId();
    const secret = newWebhookSecret();
    // Stored only sealed: the worker opens it to sign each delivery.
    await this.dataSource.query(
      `INSERT INTO webhook_subscription (id, api_key_id, url, events, sealed_secret) VALUES ($1, $2, $3, $4, $5)`,
      [id, actor.keyId, url.toString(), dto.events, this.secrets.seal(secret, webhookSecretContext(id))],
    );
    return { ...(await this.get(id, actor)), secret };
  }

  async list(query: { limit: number; cursor?: string }, actor: Actor): Promise<Page<WebhookSubscriptionView>> {
    const after = decodeIdCursor(query.cursor);
    const rows: SubscriptionRow[] = await this.dataSource.query(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscription ws
        WHERE ws.deleted_at IS NULL AND ($1::uuid IS NULL OR ws.api_key_id = $1) AND ($2::uuid IS NULL OR ws.id < $2)
        ORDER BY ws.id DESC LIMIT $3`,
      [this.ownerFilter(actor), after ?? null, query.limit + 1],
    );
    return toPage(await this.withStores(rows), query.limit, (r) => r.id, toSubscriptionView);
  }

  async get(id: string, actor: Actor): Promise<WebhookSubscriptionView> {
    return toSubscriptionView(await this.findVisible(id, actor));
  }

  /** Stops deliveries at once; those already recorded stay listed. */
  async remove(id: string, actor: Actor): Promise<void> {
    await this.findVisible(id, actor);
    await this.dataSource.query(
      `UPDATE webhook_subscription SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
  }

  /** Deliveries newest first, each with every attempt. */
  async deliveries(
    id: string,
    query: { limit: number; cursor?: string },
    actor: Actor,
  ): Promise<Page<WebhookDeliveryView>> {
    await this.findVisible(id, actor);
    const after = decodeIdCursor(query.cursor);
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT d.id, d.event_id, d.event_type, d.status, d.body, d.created_at, d.completed_at,
              COALESCE(json_agg(json_build_object(
                'attempt', a.attempt,
                'at', to_char(a.attempted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'statusCode', a.status_code, 'error', a.error, 'durationMs', a.duration_ms)
                ORDER BY a.attempt) FILTER (WHERE a.id IS NOT NULL), '[]') AS attempts
         FROM webhook_delivery d LEFT JOIN webhook_attempt a ON a.delivery_id = d.id
        WHERE d.subscription_id = $1 AND ($2::uuid IS NULL OR d.id < $2)
        GROUP BY d.id ORDER BY d.id DESC LIMIT $3`,
      [id, after ?? null, query.limit + 1],
    );
    return toPage(rows, query.limit, (r) => r.id, toDeliveryView);
  }

  /** Staff and admin see every subscription; a buyer those of its own key (else `404`). */
  private async findVisible(id: string, actor: Actor): Promise<ScopedSubscription> {
    const rows: SubscriptionRow[] = await this.dataSource.query(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscription ws
        WHERE ws.id = $1 AND ws.deleted_at IS NULL AND ($2::uuid IS NULL OR ws.api_key_id = $2)`,
      [id, this.ownerFilter(actor)],
    );
    if (rows.length === 0) throw DomainError.notFound('webhook subscription');
    return (await this.withStores(rows))[0];
  }

  /** Each subscription with the store of the key that made it (auth owns keys). */
  private async withStores(rows: SubscriptionRow[]): Promise<ScopedSubscription[]> {
    const keys = await this.keys.scopes(rows.map((r) => r.api_key_id));
    return rows.map((r) => ({ ...r, store_code: keys.get(r.api_key_id)?.storeCode ?? null }));
  }

  /** The key whose subscriptions the caller may see; null for all of them. */
  private ownerFilter(actor: Actor): string | null {
    if (isStaff(actor)) return null;
    if (!actor.keyId) throw new DomainError('FORBIDDEN', 'a webhook subscription belongs to an API key');
    return actor.keyId;
  }
}

function toSubscriptionView(row: ScopedSubscription): WebhookSubscriptionView {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    storeCode: row.store_code,
    createdAt: row.created_at.toISOString(),
  };
}

function toDeliveryView(row: DeliveryRow): WebhookDeliveryView {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    body: row.body,
    attempts: row.attempts satisfies WebhookAttemptView[],
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}
