import { ApiProperty } from '@nestjs/swagger';
import {
  WEBHOOK_EVENT_TYPES,
  type CreatedWebhookSubscriptionView as CreatedView,
  type WebhookAttemptView as AttemptView,
  type WebhookDeliveryView as DeliveryView,
  type WebhookEventType,
  type WebhookSubscriptionView as SubscriptionView,
} from '@corridor/webhooks';
import { STORE_CODE, TIMESTAMP, UUID } from './formats';

/** A buyer's webhook subscription. */
export class WebhookSubscriptionView implements SubscriptionView {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ example: 'https://hooks.freshippo.example/corridor' })
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  events: WebhookEventType[];

  /** The store whose orders and shipments are sent: the buyer key's; `null` for HQ (every store). */
  @ApiProperty({ ...STORE_CODE, nullable: true })
  storeCode: string | null;

  @ApiProperty(TIMESTAMP)
  createdAt: string;
}

/** The subscription as created, with its signing secret. */
export class CreatedWebhookSubscriptionView extends WebhookSubscriptionView implements CreatedView {
  /**
   * The Standard Webhooks signing secret (`whsec_…`), shown in this response only: a replay
   * with the same `Idempotency-Key` (`Idempotent-Replayed: true`) shows it again from a copy
   * kept encrypted with the stored answer (`null` there only if the server's key changed since).
   */
  @ApiProperty({ type: 'string', nullable: true, example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
  secret: string | null;
}

/** One try at posting an event. */
export class WebhookAttemptView implements AttemptView {
  /** 1 for the first try. */
  @ApiProperty({ type: 'integer' })
  attempt: number;

  @ApiProperty(TIMESTAMP)
  at: string;

  /** The receiver's HTTP status; `null` when there was none (timeout, refused address, unreachable). */
  @ApiProperty({ type: 'integer', nullable: true, example: 200 })
  statusCode: number | null;

  @ApiProperty({ type: 'string', nullable: true, example: null })
  error: string | null;

  @ApiProperty({ type: 'integer' })
  durationMs: number;
}

/**
 * One event sent to one subscription: posted with the Standard Webhooks headers
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature`), retried with exponential backoff
 * until the receiver answers 2xx (about a day and a half of attempts by default).
 */
export class WebhookDeliveryView implements DeliveryView {
  @ApiProperty(UUID)
  id: string;

  /** The `webhook-id` header, the same on every attempt: receivers deduplicate on it. */
  @ApiProperty(UUID)
  eventId: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES })
  eventType: string;

  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] })
  status: 'pending' | 'succeeded' | 'failed';

  /**
   * The JSON posted, exactly as signed: `{ "type", "timestamp", "data": { "purchaseOrderId",
   * "buyerReference", "storeCode", "shipmentId"?, "trackingNumber"?, "from", "to", "at", "actor", "reason" } }`.
   */
  body: string;

  @ApiProperty({ type: [WebhookAttemptView] })
  attempts: WebhookAttemptView[];

  @ApiProperty(TIMESTAMP)
  createdAt: string;

  @ApiProperty({ ...TIMESTAMP, nullable: true })
  completedAt: string | null;
}
