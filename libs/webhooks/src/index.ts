export * from './webhook-events';
export * from './dto/create-webhook-subscription.dto';
export * from './webhook.views';
export * from './webhook-subscriptions.service';
export * from './webhook-delivery.processor';
export * from './webhooks.module';
