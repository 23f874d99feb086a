import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SuppliersModule } from '@corridor/suppliers';
import { PurchaseOrdersModule } from '@corridor/purchase-orders';
import { ShipmentsModule } from '@corridor/shipments';
import { ShipmentDocument } from './shipment-document.entity';
import { CustomsDocumentsService } from './customs-documents.service';

/**
 * The customs papers of a shipment: building, rendering, storing and checking them. The job handlers are provided by
 * the worker, which adds {@link CustomsDocumentsProcessor}.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ShipmentDocument]), SuppliersModule, PurchaseOrdersModule, ShipmentsModule],
  providers: [CustomsDocumentsService],
  exports: [CustomsDocumentsService],
})
export class CustomsDocumentsModule {}
