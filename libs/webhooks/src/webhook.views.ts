import type { WebhookEventType } from './webhook-events';

export interface WebhookSubscriptionView {
  id: string;
  url: string;
  events: WebhookEventType[];
  /** The store whose events are sent; null for an HQ key (every store). */
  storeCode: string | null;
  createdAt: string;
}

/** The creation answer: the signing secret appears here only. */
export interface CreatedWebhookSubscriptionView extends WebhookSubscriptionView {
  secret: string | null;
}

export interface WebhookAttemptView {
  attempt: number;
  at: string;
  /** The receiver's HTTP status; null when it gave none (refused, timed out, unreachable). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookDeliveryView {
  id: string;
  /** The `webhook-id` header: the same on every attempt, for the receiver to deduplicate. */
  eventId: string;
  eventType: string;
  status: 'pending' | 'succeeded' | 'failed';
  /** The JSON body posted, exactly as signed. */
  body: string;
  attempts: WebhookAttemptView[];
  createdAt: string;
  completedAt: string | null;
}
