import { Module } from '@nestjs/common';
import { PurchaseOrdersModule } from '@corridor/purchase-orders';
import { ShipmentsModule } from '@corridor/shipments';
import { CustomsDocumentsModule } from '@corridor/customs-documents';
import { TrackingModule } from '@corridor/tracking';
import { CarrierClient } from './carrier-client';

/** Carrier bookings, handover and tracking polls; tracking ingests what the polls bring. */
@Module({
  imports: [PurchaseOrdersModule, ShipmentsModule, CustomsDocumentsModule, TrackingModule],
  providers: [CarrierClient],
  exports: [CarrierClient],
})
export class HandoffModule {}
