import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@corridor/domain';
import { CurrentActor, Roles } from '@corridor/auth';
import { Idempotent, ListQueryDto } from '@corridor/http';
import { CreateProductDto, ProductsService } from '@corridor/suppliers';
import { IdPipe } from '../uuid.pipe';

@ApiTags('products')
@ApiBearerAuth()
@Controller('v1')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  /** Lists a product; its HS code must fit its form and category. */
  @Idempotent()
  @Post('suppliers/:id/products')
  @Roles('exporter', 'staff', 'admin')
  create(@Param('id', IdPipe) supplierId: string, @Body() dto: CreateProductDto, @CurrentActor() actor: Actor) {
    return this.products.create(supplierId, dto, actor);
  }

  @Get('suppliers/:id/products')
  list(@Param('id', IdPipe) supplierId: string, @Query() query: ListQueryDto, @CurrentActor() actor: Actor) {
    return this.products.list(supplierId, actor, query);
  }

  @Get('products/:id')
  get(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.products.get(id, actor);
  }
}
