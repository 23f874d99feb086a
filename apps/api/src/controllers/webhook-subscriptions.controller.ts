import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@corridor/domain';
import { CurrentActor, Roles } from '@corridor/auth';
import { Idempotent, ListQueryDto } from '@corridor/http';
import { CreateWebhookSubscriptionDto, WebhookSubscriptionsService } from '@corridor/webhooks';
import { IdPipe } from '../uuid.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiIdempotentCreated } from '../openapi/api-idempotent-created.decorator';
import { ApiPageResponse } from '../openapi/paginated';
import {
  CreatedWebhookSubscriptionView,
  WebhookDeliveryView,
  WebhookSubscriptionView,
} from '../openapi/webhook-subscription.view';

/**
 * Buyer webhooks. A buyer subscribes its key to order and shipment status changes of the
 * stores the key sees; staff and admin may read every subscription and its deliveries.
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('v1/webhook-subscriptions')
export class WebhookSubscriptionsController {
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

  /** Subscribes; the signing secret is in this response only. */
  @Idempotent({ secrets: ['secret'] })
  @Post()
  @Roles('buyer')
  @ApiIdempotentCreated(CreatedWebhookSubscriptionView)
  @ApiErrors(
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'IDEMPOTENCY_KEY_IN_USE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'IDEMPOTENCY_KEY_REUSED',
  )
  create(@Body() dto: CreateWebhookSubscriptionDto, @CurrentActor() actor: Actor) {
    return this.subscriptions.create(dto, actor);
  }

  /** The caller's webhook subscriptions, newest first. */
  @Get()
  @Roles('buyer', 'staff', 'admin')
  @ApiPageResponse(WebhookSubscriptionView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  list(@Query() query: ListQueryDto, @CurrentActor() actor: Actor) {
    return this.subscriptions.list(query, actor);
  }

  /** One webhook subscription. */
  @Get(':id')
  @Roles('buyer', 'staff', 'admin')
  @ApiOkResponse({ type: WebhookSubscriptionView })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  get(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.subscriptions.get(id, actor);
  }

  /** Unsubscribes: nothing more is sent, pending retries included. */
  @Delete(':id')
  @HttpCode(204)
  @Roles('buyer', 'admin')
  @ApiNoContentResponse({ description: 'Deleted; deliveries stop at once.' })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async remove(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.subscriptions.remove(id, actor);
  }

  /** Every event sent to this subscription, newest first, with each attempt. */
  @Get(':id/deliveries')
  @Roles('buyer', 'staff', 'admin')
  @ApiPageResponse(WebhookDeliveryView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  deliveries(@Param('id', IdPipe) id: string, @Query() query: ListQueryDto, @CurrentActor() actor: Actor) {
    return this.subscriptions.deliveries(id, query, actor);
  }
}
