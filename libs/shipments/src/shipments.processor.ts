import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler, type JobPayloads } from '@corridor/queue';
import { ShipmentsService } from './shipments.service';

/** Cancels shipments whose order was cancelled; a shipment already handed over is left alone. */
@Injectable()
export class ShipmentsProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
  ) {}

  @JobHandler('shipment.cancel')
  async cancel(payload: JobPayloads['shipment.cancel']): Promise<{ cancelled: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipments.lock(manager, payload.shipmentId);
      if (!shipment) return { cancelled: false };
      return { cancelled: await this.shipments.cancel(manager, shipment, payload.reason, payload.actor) };
    });
  }
}
