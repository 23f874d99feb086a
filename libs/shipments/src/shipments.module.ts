import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SuppliersModule } from '@corridor/suppliers';
import { PurchaseOrdersModule } from '@corridor/purchase-orders';
import { Shipment } from './entities/shipment.entity';
import { ShipmentLine } from './entities/shipment-line.entity';
import { ShipmentPackage } from './entities/shipment-package.entity';
import { ShipmentsService } from './shipments.service';

/** Shipments: packing them from a confirmed order, moving them through their state machine, and reading them. */
@Module({
  imports: [TypeOrmModule.forFeature([Shipment, ShipmentLine, ShipmentPackage]), SuppliersModule, PurchaseOrdersModule],
  providers: [ShipmentsService],
  exports: [ShipmentsService],
})
export class ShipmentsModule {}
