import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@corridor/domain';
import { CurrentActor } from '@corridor/auth';
import { CustomsDocumentsService } from '@corridor/customs-documents';
import { ListShipmentsDto, ShipmentsService } from '@corridor/shipments';
import { ShipmentViewsService } from '@corridor/views';
import { IdPipe } from '../uuid.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiPageResponse } from '../openapi/paginated';
import { ShipmentDetailView, ShipmentView } from '../openapi/shipment.view';
import { ShipmentDocumentDataView, ShipmentDocumentView } from '../openapi/shipment-document.view';

@ApiTags('shipments')
@ApiBearerAuth()
@Controller('v1/shipments')
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly documents: CustomsDocumentsService,
    private readonly views: ShipmentViewsService,
  ) {}

  /** The shipments in the caller's scope, newest first. */
  @Get()
  @ApiPageResponse(ShipmentView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED')
  list(@Query() query: ListShipmentsDto, @CurrentActor() actor: Actor) {
    return this.shipments.list(query, actor);
  }

  /** The shipment with its `history`, carrier `events` and `documents`. */
  @Get(':id')
  @ApiOkResponse({ type: ShipmentDetailView })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  get(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.views.get(id, actor);
  }

  /** The newest version of each document. */
  @Get(':id/documents')
  @ApiPageResponse(ShipmentDocumentView, 'Every document on one page: `nextCursor` is always `null`.')
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  listDocuments(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.documents.list(id, actor);
  }

  /**
   * What staff print at the hand-over, as one PDF: the newest version of every document,
   * shipping labels first (in parcel order), then commercial invoice, packing list,
   * certificate of origin, phytosanitary request, export declaration, and each parcel's CN22
   * or CN23. `409` while the shipment has no documents yet.
   */
  @Get(':id/documents/bundle')
  @ApiOkResponse({
    description: 'One PDF of the labels and papers, in drop-off order.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND', 'INVALID_STATE_TRANSITION')
  async bundle(
    @Param('id', IdPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { pdf } = await this.documents.bundle(id, actor);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="shipment-${id}-documents.pdf"`)
      .send(pdf);
  }

  /** The PDF; with `Accept: application/json`, the structured data it was rendered from. */
  @Get(':id/documents/:docId')
  @ApiExtraModels(ShipmentDocumentDataView)
  @ApiOkResponse({
    description: 'The PDF, or its data when the request accepts `application/json`.',
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'application/json': { schema: { $ref: getSchemaPath(ShipmentDocumentDataView) } },
    },
  })
  @ApiErrors('UNAUTHENTICATED', 'NOT_FOUND')
  async document(
    @Param('id', IdPipe) id: string,
    @Param('docId', IdPipe) docId: string,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { document, stream } = await this.documents.open(id, docId, actor);
    if (accept?.includes('application/json')) {
      await reply
        .header('content-type', 'application/json; charset=utf-8')
        .send({ id: document.id, type: document.type, version: document.version, data: document.data });
      return;
    }
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${document.type}-v${document.version}.pdf"`)
      .send(stream());
  }
}
