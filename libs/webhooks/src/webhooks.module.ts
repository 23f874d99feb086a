import { Module } from '@nestjs/common';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

@Module({
  providers: [WebhookSubscriptionsService],
  exports: [WebhookSubscriptionsService],
})
export class WebhooksModule {}
