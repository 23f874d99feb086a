/** The events a buyer may subscribe to, as the contract names them. */
export const WEBHOOK_EVENT_TYPES = ['purchase_order.status_changed', 'shipment.status_changed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
