import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SuppliersModule } from '@corridor/suppliers';
import { PurchaseOrder } from './entities/purchase-order.entity';
import { PurchaseOrderLine } from './entities/purchase-order-line.entity';
import { PurchaseOrdersService } from './purchase-orders.service';
import { Store } from './entities/store.entity';
import { StoresService } from './stores.service';

/**
 * Purchase orders and the stores that place them. {@link PurchaseOrdersProcessor} is not provided here: the worker adds
 * it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PurchaseOrder, PurchaseOrderLine, Store]), SuppliersModule],
  providers: [PurchaseOrdersService, StoresService],
  exports: [PurchaseOrdersService, StoresService],
})
export class PurchaseOrdersModule {}
