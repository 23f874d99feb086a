import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Idempotent } from '@corridor/http';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@corridor/domain';
import { CurrentActor, Roles } from '@corridor/auth';
import {
  CreatePurchaseOrderDto,
  ListPurchaseOrdersDto,
  OrderReasonDto,
  PurchaseOrdersService,
} from '@corridor/purchase-orders';
import { CreateShipmentDto, ShipmentsService } from '@corridor/shipments';
import { IdPipe } from '../uuid.pipe';

@ApiTags('purchase-orders')
@ApiBearerAuth()
@Controller('v1/purchase-orders')
export class PurchaseOrdersController {
  constructor(
    private readonly orders: PurchaseOrdersService,
    private readonly shipments: ShipmentsService,
  ) {}

  /** A store's order to an approved supplier, entered by the buyer or by the exporter. */
  @Idempotent()
  @Post()
  @Roles('buyer', 'exporter')
  create(@Body() dto: CreatePurchaseOrderDto, @CurrentActor() actor: Actor) {
    return this.orders.create(dto, actor);
  }

  @Get()
  list(@Query() query: ListPurchaseOrdersDto, @CurrentActor() actor: Actor) {
    return this.orders.list(query, actor);
  }

  /** The order with its `history` and `shipments`. */
  @Get(':id')
  get(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.orders.get(id, actor);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles('exporter')
  confirm(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.orders.confirm(id, actor);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('exporter')
  reject(@Param('id', IdPipe) id: string, @Body() dto: OrderReasonDto, @CurrentActor() actor: Actor) {
    return this.orders.reject(id, dto.reason, actor);
  }

  /** Cancels the order and its shipments not yet handed over; `409` once anything is handed over. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('buyer', 'exporter', 'admin')
  cancel(@Param('id', IdPipe) id: string, @Body() dto: OrderReasonDto, @CurrentActor() actor: Actor) {
    return this.orders.cancel(id, dto.reason, actor);
  }

  /** Packs part of a confirmed order into a shipment; its documents are rendered by a job. */
  @Idempotent()
  @Post(':id/shipments')
  @Roles('exporter')
  createShipment(@Param('id', IdPipe) id: string, @Body() dto: CreateShipmentDto, @CurrentActor() actor: Actor) {
    return this.shipments.create(id, dto, actor);
  }
}
