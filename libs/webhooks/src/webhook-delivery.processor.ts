import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@corridor/config';
import { SecretBox, SecretBoxOpenError, newId, type StatusChangedEvent } from '@corridor/persistence';
import { JobHandler, JobPublisher, STATUS_CHANGED_JOB, type JobContext, type JobPayloads } from '@corridor/queue';
import { ApiKeysService } from '@corridor/auth';
import { PurchaseOrdersService } from '@corridor/purchase-orders';
import { ShipmentsService } from '@corridor/shipments';
import { signWebhook, webhookSecretContext } from './signature';
import { postWebhook } from './webhook-sender';
import type { WebhookEventType } from './webhook-events';

const EVENT_TYPE: Partial<Record<StatusChangedEvent['aggregateType'], WebhookEventType>> = {
  purchase_order: 'purchase_order.status_changed',
  shipment: 'shipment.status_changed',
};

interface Subject {
  store_code: string;
  data: Record<string, unknown>;
}

/**
 * Buyer webhooks: every order and shipment status change becomes one delivery per matching
 * subscription, each posted by its own job and retried with exponential backoff until the
 * receiver answers 2xx or the attempts run out. Every attempt is recorded.
 */
@Injectable()
export class WebhookDeliveryProcessor {
  private readonly logger = new Logger(WebhookDeliveryProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobPublisher,
    private readonly config: AppConfig,
    private readonly keys: ApiKeysService,
    private readonly orders: PurchaseOrdersService,
    private readonly shipments: ShipmentsService,
    private readonly secrets: SecretBox,
  ) {}

  /**
   * Finds the subscriptions that see the changed order or shipment and records a delivery for
   * each, with its job, in one transaction. Re-running it adds nothing: a delivery is unique
   * per subscription and event. Subscriptions made after the change do not get it.
   */
  @JobHandler(STATUS_CHANGED_JOB)
  async fanOut(event: JobPayloads[typeof STATUS_CHANGED_JOB]): Promise<{ deliveries: number }> {
    const type = EVENT_TYPE[event.aggregateType];
    if (!type) return { deliveries: 0 };
    return this.dataSource.transaction(async (manager) => {
      const subject = await this.subject(manager, event);
      if (!subject) return { deliveries: 0 };
      const body = JSON.stringify({
        type,
        timestamp: event.at,
        data: {
          ...subject.data,
          from: event.from,
          to: event.to,
          at: event.at,
          actor: { role: event.actor.role },
          reason: event.reason,
        },
      });
      const candidates: { id: string; api_key_id: string }[] = await manager.query(
        `SELECT id, api_key_id FROM webhook_subscription
          WHERE deleted_at IS NULL AND $1 = ANY (events) AND created_at <= $2`,
        [type, event.at],
      );
      // A subscription sees what its key sees: a working key, of the subject's store or of all.
      const keys = await this.keys.scopes(candidates.map((c) => c.api_key_id));
      const subscriptions = candidates.filter((c) => {
        const key = keys.get(c.api_key_id);
        return key !== undefined && !key.revoked && (key.storeCode === null || key.storeCode === subject.store_code);
      });
      let created = 0;
      for (const subscription of subscriptions) {
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, body) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
          [newId(), subscription.id, event.eventId, type, body],
        );
        if (inserted.length === 0) continue;
        await this.jobs.publish(manager, 'webhook.deliver', { deliveryId: inserted[0].id });
        created++;
      }
      return { deliveries: created };
    });
  }

  /**
   * One attempt of one delivery. A non-2xx answer, a timeout or a refused address is
   * recorded and thrown, so BullMQ retries with backoff; the last attempt ends the delivery
   * as `failed` instead (the buyer's endpoint is the buyer's to fix, not a staff task).
   */
  @JobHandler('webhook.deliver')
  async deliver(payload: JobPayloads['webhook.deliver'], context: JobContext): Promise<{ status: string }> {
    const rows: {
      status: string;
      event_id: string;
      body: string;
      url: string;
      subscription_id: string;
      sealed_secret: string;
      api_key_id: string;
      deleted: boolean;
    }[] = await this.dataSource.query(
      `SELECT d.status, d.event_id, d.body, ws.url, d.subscription_id, ws.sealed_secret, ws.api_key_id, ws.deleted_at IS NOT NULL AS deleted
         FROM webhook_delivery d
         JOIN webhook_subscription ws ON ws.id = d.subscription_id
        WHERE d.id = $1`,
      [payload.deliveryId],
    );
    const delivery = rows[0];
    if (!delivery || delivery.status !== 'pending') return { status: delivery?.status ?? 'missing' };
    const key = (await this.keys.scopes([delivery.api_key_id])).get(delivery.api_key_id);
    if (delivery.deleted || !key || key.revoked) {
      await this.finish(payload.deliveryId, 'failed');
      return { status: 'failed' };
    }
    const secret = this.openSecret(delivery);
    if (secret === null) {
      await this.finish(payload.deliveryId, 'failed');
      return { status: 'failed' };
    }

    const attemptedAt = new Date();
    const timestamp = Math.floor(attemptedAt.getTime() / 1000);
    const result = await postWebhook({
      url: delivery.url,
      body: delivery.body,
      headers: {
        'webhook-id': delivery.event_id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook({
          secret,
          messageId: delivery.event_id,
          timestamp,
          body: delivery.body,
        }),
      },
      timeoutMs: this.config.webhookTimeoutMs,
      allowPrivate: this.config.webhookAllowPrivate,
    });
    const succeeded = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const last = context.attempt >= context.maxAttempts;
    const status = succeeded ? 'succeeded' : last ? 'failed' : 'pending';
    await this.dataSource.transaction(async (manager) => {
      const locked: { attempt_count: number }[] = await manager.query(
        `SELECT attempt_count FROM webhook_delivery WHERE id = $1 FOR UPDATE`,
        [payload.deliveryId],
      );
      const attempt = locked[0].attempt_count + 1;
      await manager.query(
        `INSERT INTO webhook_attempt (id, delivery_id, attempt, attempted_at, status_code, error, duration_ms)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [newId(), payload.deliveryId, attempt, attemptedAt, result.statusCode, result.error, result.durationMs],
      );
      await manager.query(
        `UPDATE webhook_delivery SET attempt_count = $2, status = $3,
                completed_at = CASE WHEN $3 = 'pending' THEN NULL ELSE now() END
          WHERE id = $1`,
        [payload.deliveryId, attempt, status],
      );
    });
    if (status === 'pending') {
      throw new Error(`webhook ${payload.deliveryId}: ${result.error ?? `answered ${result.statusCode}`}`);
    }
    if (status === 'failed')
      this.logger.warn(`webhook ${payload.deliveryId} failed for good after ${context.attempt} attempts`);
    return { status };
  }

  /**
   * The subscription's signing secret, opened from its sealed form; null when it does not open
   * (SECRETS_KEY changed since it was stored), which no retry mends: the delivery then fails.
   */
  private openSecret(delivery: { subscription_id: string; sealed_secret: string }): string | null {
    try {
      return this.secrets.open(delivery.sealed_secret, webhookSecretContext(delivery.subscription_id));
    } catch (error) {
      if (!(error instanceof SecretBoxOpenError)) throw error;
      this.logger.error(
        `webhook subscription ${delivery.subscription_id}: its secret does not open under SECRETS_KEY; delivery failed`,
      );
      return null;
    }
  }

  private async finish(deliveryId: string, status: 'failed'): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_delivery SET status = $2, completed_at = now() WHERE id = $1 AND status = 'pending'`,
      [deliveryId, status],
    );
  }

  /** What the event is about, with the store whose buyers may see it. */
  private async subject(manager: EntityManager, event: StatusChangedEvent): Promise<Subject | null> {
    if (event.aggregateType === 'purchase_order') {
      const order = await this.orders.findById(manager, event.aggregateId);
      if (!order) return null;
      return {
        store_code: order.storeCode,
        data: {
          purchaseOrderId: event.aggregateId,
          buyerReference: order.buyerReference,
          storeCode: order.storeCode,
          supplierId: order.supplierId,
        },
      };
    }
    const shipment = await this.shipments.findById(manager, event.aggregateId);
    const order = shipment && (await this.orders.findById(manager, shipment.purchaseOrderId));
    if (!shipment || !order) return null;
    return {
      store_code: order.storeCode,
      data: {
        shipmentId: event.aggregateId,
        purchaseOrderId: shipment.purchaseOrderId,
        buyerReference: order.buyerReference,
        storeCode: order.storeCode,
        mode: shipment.mode,
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
      },
    };
  }
}
