import { Module } from '@nestjs/common';
import { PurchaseOrdersModule } from '@corridor/purchase-orders';
import { ShipmentsModule } from '@corridor/shipments';
import { TrackingModule } from '@corridor/tracking';
import { CustomsDocumentsModule } from '@corridor/customs-documents';
import { OrderViewsService } from './order-views.service';
import { ShipmentViewsService } from './shipment-views.service';

/**
 * The read model above the capability libs: views that span aggregates, composed from each
 * owner's service, never from another lib's tables.
 */
@Module({
  imports: [PurchaseOrdersModule, ShipmentsModule, TrackingModule, CustomsDocumentsModule],
  providers: [OrderViewsService, ShipmentViewsService],
  exports: [OrderViewsService, ShipmentViewsService],
})
export class ViewsModule {}
