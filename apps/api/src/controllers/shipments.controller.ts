import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@corridor/domain';
import { CurrentActor } from '@corridor/auth';
import { CustomsDocumentsService } from '@corridor/customs-documents';
import { ListShipmentsDto, ShipmentsService } from '@corridor/shipments';
import { IdPipe } from '../uuid.pipe';

@ApiTags('shipments')
@ApiBearerAuth()
@Controller('v1/shipments')
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly documents: CustomsDocumentsService,
  ) {}

  @Get()
  list(@Query() query: ListShipmentsDto, @CurrentActor() actor: Actor) {
    return this.shipments.list(query, actor);
  }

  /** The shipment with its `history`, carrier `events` and `documents`. */
  @Get(':id')
  get(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.shipments.get(id, actor);
  }

  /** The newest version of each document. */
  @Get(':id/documents')
  listDocuments(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.documents.list(id, actor);
  }

  /** The PDF; with `Accept: application/json`, the structured data it was rendered from. */
  @Get(':id/documents/:docId')
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
