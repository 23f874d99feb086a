import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@corridor/domain';
import { CurrentActor, Roles } from '@corridor/auth';
import { Idempotent, ListQueryDto } from '@corridor/http';
import { CreateProductDto, ProductsService } from '@corridor/suppliers';
import { IdPipe } from '../uuid.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiIdempotentCreated } from '../openapi/api-idempotent-created.decorator';
import { ApiPageResponse } from '../openapi/paginated';
import { ProductView } from '../openapi/product.view';

@ApiTags('products')
@ApiBearerAuth()
@Controller('v1')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  /** Lists a product; its HS code must fit its form and category. */
  @Idempotent()
  @Post('suppliers/:id/products')
  @Roles('exporter', 'staff', 'admin')
  @ApiIdempotentCreated(ProductView)
  @ApiErrors(
    'VALIDATION_FAILED',
    'BUSINESS_RULE_VIOLATED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'CONFLICT',
    'IDEMPOTENCY_KEY_IN_USE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'IDEMPOTENCY_KEY_REUSED',
  )
  create(@Param('id', IdPipe) supplierId: string, @Body() dto: CreateProductDto, @CurrentActor() actor: Actor) {
    return this.products.create(supplierId, dto, actor);
  }

  /** The supplier's products, newest first. */
  @Get('suppliers/:id/products')
  @ApiPageResponse(ProductView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED', 'NOT_FOUND')
  list(@Param('id', IdPipe) supplierId: string, @Query() query: ListQueryDto, @CurrentActor() actor: Actor) {
    return this.products.list(supplierId, actor, query);
  }

  /** One product. */
  @Get('products/:id')
  @ApiOkResponse({ type: ProductView })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  get(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.products.get(id, actor);
  }
}
