import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@corridor/domain';
import { loadHistory, readSnapshot } from '@corridor/persistence';
import { ShipmentsService, toShipmentView, type ShipmentView } from '@corridor/shipments';
import { TrackingService } from '@corridor/tracking';
import { CustomsDocumentsService } from '@corridor/customs-documents';

/**
 * A shipment as the API shows it in full: the shipment from shipments, its history from
 * persistence, its carrier events from tracking (in journey order) and the newest version of
 * each of its documents from customs-documents.
 */
@Injectable()
export class ShipmentViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly tracking: TrackingService,
    private readonly documents: CustomsDocumentsService,
  ) {}

  /**
   * The shipment as the API answers it, with its status history, carrier events and documents,
   * read in one snapshot so the status, history and events agree (see `readSnapshot`); throws the
   * lib's not-found error when `actor` may not see it.
   */
  async get(id: string, actor: Actor): Promise<ShipmentView> {
    return readSnapshot(this.dataSource, (manager) => this.read(manager, id, actor));
  }

  private async read(manager: EntityManager, id: string, actor: Actor): Promise<ShipmentView> {
    await this.shipments.findVisible(manager, id, actor);
    const events = await this.tracking.storedEvents(manager, id);
    return toShipmentView(await this.shipments.load(manager, id), {
      history: await loadHistory(manager, id),
      events: events.map((e) => ({
        eventId: e.eventId,
        code: e.code,
        occurredAt: e.occurredAt.toISOString(),
        location: e.location,
        description: e.description,
        receivedAt: e.receivedAt.toISOString(),
      })),
      documents: await this.documents.summaries(id, manager),
    });
  }
}
