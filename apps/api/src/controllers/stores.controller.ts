import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@corridor/auth';
import { Idempotent, ListQueryDto } from '@corridor/http';
import { CreateStoreDto, StoresService } from '@corridor/purchase-orders';

@ApiTags('stores')
@ApiBearerAuth()
@Controller('v1/stores')
export class StoresController {
  constructor(private readonly stores: StoresService) {}

  /** The Freshippo stores, by code. */
  @Get()
  list(@Query() query: ListQueryDto) {
    return this.stores.list(query);
  }

  @Idempotent()
  @Post()
  @Roles('admin')
  create(@Body() dto: CreateStoreDto) {
    return this.stores.create(dto);
  }
}
