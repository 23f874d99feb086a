import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler, type JobPayloads } from '@corridor/queue';
import { ShipmentsService } from '@corridor/shipments';
import { CustomsDocumentsService } from './customs-documents.service';

/**
 * The customs documents flow of a shipment: start a round, render each document as a child
 * job, check them together in the parent; and carry out staff decisions on `documents_fix`.
 */
@Injectable()
export class CustomsDocumentsProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: CustomsDocumentsService,
    private readonly shipments: ShipmentsService,
  ) {}

  /**
   * `customs.generate`: starts the shipment's round of documents as a flow (see
   * {@link CustomsDocumentsService.generate}); safe to run twice.
   */
  @JobHandler('customs.generate')
  async generate(payload: JobPayloads['customs.generate']): Promise<{ outcome: string }> {
    return { outcome: await this.documents.generate(payload.shipmentId, payload.actor) };
  }

  /**
   * `customs.render_document`, one child of a round: renders and stores one paper (see
   * {@link CustomsDocumentsService.renderDocument}).
   */
  @JobHandler('customs.render_document')
  async renderDocument(payload: JobPayloads['customs.render_document']): Promise<{ outcome: string }> {
    return { outcome: await this.documents.renderDocument(payload) };
  }

  /**
   * `customs.check_documents`, the parent of a round once every child is done: checks the papers against each other
   * (see {@link CustomsDocumentsService.checkDocuments}).
   */
  @JobHandler('customs.check_documents')
  async checkDocuments(payload: JobPayloads['customs.check_documents']): Promise<{ outcome: string }> {
    return { outcome: await this.documents.checkDocuments(payload) };
  }

  /** `regenerate` starts the next round of documents; `cancel_shipment` cancels the shipment. */
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
      await this.documents.regenerate(manager, shipment, payload.actor, payload.note);
      return { outcome: 'regenerating' };
    });
  }
}
