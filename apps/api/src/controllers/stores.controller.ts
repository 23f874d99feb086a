import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@corridor/auth';
import { Idempotent, ListQueryDto } from '@corridor/http';
import { CreateStoreDto, StoresService } from '@corridor/purchase-orders';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiIdempotentCreated } from '../openapi/api-idempotent-created.decorator';
import { ApiPageResponse } from '../openapi/paginated';
import { StoreView } from '../openapi/store.view';

@ApiTags('stores')
@ApiBearerAuth()
@Controller('v1/stores')
export class StoresController {
  constructor(private readonly stores: StoresService) {}

  /** The Freshippo stores, by code. */
  @Get()
  @ApiPageResponse(StoreView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED')
  list(@Query() query: ListQueryDto) {
    return this.stores.list(query);
  }

  /** Adds a Freshippo store (admin). */
  @Idempotent()
  @Post()
  @Roles('admin')
  @ApiIdempotentCreated(StoreView)
  @ApiErrors(
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'CONFLICT',
    'IDEMPOTENCY_KEY_IN_USE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'IDEMPOTENCY_KEY_REUSED',
  )
  create(@Body() dto: CreateStoreDto) {
    return this.stores.create(dto);
  }
}
