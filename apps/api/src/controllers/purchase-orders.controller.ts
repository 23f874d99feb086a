import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Idempotent } from '@corridor/http';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@corridor/domain';
import { CurrentActor, Roles } from '@corridor/auth';
import {
  CreatePurchaseOrderDto,
  ListPurchaseOrdersDto,
  OrderReasonDto,
  PurchaseOrdersService,
} from '@corridor/purchase-orders';
import { CreateShipmentDto, ShipmentsService } from '@corridor/shipments';
import { OrderViewsService } from '@corridor/views';
import { IdPipe } from '../uuid.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiIdempotentCreated } from '../openapi/api-idempotent-created.decorator';
import { ApiPageResponse } from '../openapi/paginated';
import { PurchaseOrderDetailView, PurchaseOrderView } from '../openapi/purchase-order.view';
import { ShipmentView } from '../openapi/shipment.view';

@ApiTags('purchase-orders')
@ApiBearerAuth()
@Controller('v1/purchase-orders')
export class PurchaseOrdersController {
  constructor(
    private readonly orders: PurchaseOrdersService,
    private readonly shipments: ShipmentsService,
    private readonly views: OrderViewsService,
  ) {}

  /** A store's order to an approved supplier, entered by the buyer or by the exporter. */
  @Idempotent()
  @Post()
  @Roles('buyer', 'exporter')
  @ApiIdempotentCreated(PurchaseOrderView)
  @ApiErrors(
    'VALIDATION_FAILED',
    'BUSINESS_RULE_VIOLATED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'CONFLICT',
    'IDEMPOTENCY_KEY_IN_USE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'IDEMPOTENCY_KEY_REUSED',
  )
  create(@Body() dto: CreatePurchaseOrderDto, @CurrentActor() actor: Actor) {
    return this.orders.create(dto, actor);
  }

  /** The orders in the caller's scope, newest first. */
  @Get()
  @ApiPageResponse(PurchaseOrderView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED')
  list(@Query() query: ListPurchaseOrdersDto, @CurrentActor() actor: Actor) {
    return this.views.list(query, actor);
  }

  /** The order with its `history` and `shipments`. */
  @Get(':id')
  @ApiOkResponse({ type: PurchaseOrderDetailView })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  get(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.views.get(id, actor);
  }

  /** The exporter confirms the order (`submitted → confirmed`). */
  @Post(':id/confirm')
  @HttpCode(200)
  @Roles('exporter')
  @ApiOkResponse({ type: PurchaseOrderDetailView })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE_TRANSITION')
  confirm(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.orders.confirm(id, actor);
  }

  /** The exporter rejects the order, with a reason. */
  @Post(':id/reject')
  @HttpCode(200)
  @Roles('exporter')
  @ApiOkResponse({ type: PurchaseOrderDetailView })
  @ApiErrors(
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'INVALID_STATE_TRANSITION',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
  )
  reject(@Param('id', IdPipe) id: string, @Body() dto: OrderReasonDto, @CurrentActor() actor: Actor) {
    return this.orders.reject(id, dto.reason, actor);
  }

  /** Cancels the order and its shipments not yet handed over; `409` once anything is handed over. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('buyer', 'exporter', 'admin')
  @ApiOkResponse({ type: PurchaseOrderDetailView })
  @ApiErrors(
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'INVALID_STATE_TRANSITION',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
  )
  cancel(@Param('id', IdPipe) id: string, @Body() dto: OrderReasonDto, @CurrentActor() actor: Actor) {
    return this.views.cancel(id, dto.reason, actor);
  }

  /** Packs part of a confirmed order into a shipment; its documents are rendered by a job. */
  @Idempotent()
  @Post(':id/shipments')
  @Roles('exporter')
  @ApiIdempotentCreated(ShipmentView)
  @ApiErrors(
    'VALIDATION_FAILED',
    'BUSINESS_RULE_VIOLATED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'INVALID_STATE_TRANSITION',
    'IDEMPOTENCY_KEY_IN_USE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'IDEMPOTENCY_KEY_REUSED',
  )
  createShipment(@Param('id', IdPipe) id: string, @Body() dto: CreateShipmentDto, @CurrentActor() actor: Actor) {
    return this.shipments.create(id, dto, actor);
  }
}
