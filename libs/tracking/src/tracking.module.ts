import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PurchaseOrdersModule } from '@corridor/purchase-orders';
import { ShipmentsModule } from '@corridor/shipments';
import { TrackingEvent } from './tracking-event.entity';
import { TrackingService } from './tracking.service';

/**
 * Carrier events: taking them in, following the shipment's journey, and the public tracking answer. Its processors are
 * added by the worker.
 */
@Module({
  imports: [TypeOrmModule.forFeature([TrackingEvent]), PurchaseOrdersModule, ShipmentsModule],
  providers: [TrackingService],
  exports: [TrackingService],
})
export class TrackingModule {}
