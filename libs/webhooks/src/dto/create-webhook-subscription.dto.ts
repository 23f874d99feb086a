import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../webhook-events';

/** The body of `POST /v1/webhook-subscriptions`: where to post events, and which. */
export class CreateWebhookSubscriptionDto {
  /**
   * Where events are posted. `https` in production; a host that is or resolves to a
   * link-local or metadata address is refused, private and loopback ones unless
   * `WEBHOOK_ALLOW_PRIVATE=true`.
   * @example "https://hooks.freshippo.example/corridor"
   */
  @IsString()
  @MaxLength(2048)
  url!: string;

  /**
   * The event types to receive, each once.
   * @example ["purchase_order.status_changed", "shipment.status_changed"]
   */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events!: WebhookEventType[];
}
