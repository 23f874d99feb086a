import { Module } from '@nestjs/common';
import { PurchaseOrdersModule } from '@corridor/purchase-orders';
import { ShipmentsModule } from '@corridor/shipments';
import { CustomsDocumentsModule } from '@corridor/customs-documents';
import { CarrierClient } from './carrier-client';

/** Carrier bookings and handover, and the carrier client the tracking poll asks (`@corridor/tracking`). */
@Module({
  imports: [PurchaseOrdersModule, ShipmentsModule, CustomsDocumentsModule],
  providers: [CarrierClient],
  exports: [CarrierClient],
})
export class HandoffModule {}
