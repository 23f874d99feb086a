import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler, JobPublisher, type JobPayloads } from '@corridor/queue';
import { ShipmentsService } from '@corridor/shipments';
import { CustomsDocumentsService } from './customs-documents.service';

/** Renders shipment documents, and carries out staff decisions on `documents_fix` tasks. */
@Injectable()
export class CustomsDocumentsProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: CustomsDocumentsService,
    private readonly shipments: ShipmentsService,
    private readonly jobs: JobPublisher,
  ) {}

  @JobHandler('customs.generate')
  async generate(payload: JobPayloads['customs.generate']): Promise<{ outcome: string }> {
    return { outcome: await this.documents.generate(payload.shipmentId, payload.actor) };
  }

  /** `regenerate` puts the shipment back to `documents_pending` and renders again; `cancel_shipment` cancels it. */
  @JobHandler('customs.fix_completed')
  async fixCompleted(payload: JobPayloads['customs.fix_completed']): Promise<{ outcome: string }> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipments.lock(manager, payload.subject.id);
      if (!shipment || shipment.status !== 'documents_blocked') return { outcome: 'skipped' };
      if (payload.outcome === 'cancel_shipment') {
        await this.shipments.cancel(
          manager,
          shipment,
          payload.note ?? 'cancelled by staff: documents could not be fixed',
          payload.actor,
        );
        return { outcome: 'cancelled' };
      }
      await this.shipments.move(manager, shipment, 'regenerate', payload.actor, { reason: payload.note });
      await this.jobs.publish(manager, 'customs.generate', { shipmentId: shipment.id, actor: payload.actor });
      return { outcome: 'regenerating' };
    });
  }
}
