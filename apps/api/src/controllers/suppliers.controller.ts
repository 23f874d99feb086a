import { createHash } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { RouteConfig } from '@nestjs/platform-fastify';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, type Actor } from '@corridor/domain';
import { CurrentActor, Public, Roles } from '@corridor/auth';
import { IdempotencyStore, Idempotent, ListQueryDto, bodyProblem, flattenValidationErrors } from '@corridor/http';
import {
  ACCEPTED_UPLOADS,
  CreateSupplierDto,
  ListSuppliersDto,
  MAX_UPLOAD_BYTES,
  SuppliersService,
  SuspendSupplierDto,
  UpdateSupplierDto,
  UploadDocumentDto,
} from '@corridor/suppliers';
import { IdPipe } from '../uuid.pipe';
import { MULTIPART_ROUTE } from '../http-edge';
import { CertificateCheckView, SupplierNotificationView } from '../openapi/supplier-notification.view';
import { RateLimited } from '../rate-limit.guard';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiIdempotentCreated } from '../openapi/api-idempotent-created.decorator';
import { ApiPageResponse } from '../openapi/paginated';
import { SupplierDetailView, SupplierSignUpView, SupplierView } from '../openapi/supplier.view';
import { SupplierDocumentView } from '../openapi/supplier-document.view';

@ApiTags('suppliers')
@Controller('v1/suppliers')
export class SuppliersController {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly idempotency: IdempotencyStore,
  ) {}

  /** Self-onboarding: creates the supplier in `draft` and returns an exporter key for it, once. */
  @Idempotent({ secrets: ['apiKey'] })
  @Post()
  @Public()
  @RateLimited()
  @ApiIdempotentCreated(SupplierSignUpView)
  @ApiErrors(
    'VALIDATION_FAILED',
    'CONFLICT',
    'IDEMPOTENCY_KEY_IN_USE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'IDEMPOTENCY_KEY_REUSED',
    'RATE_LIMITED',
  )
  signUp(@Body() dto: CreateSupplierDto) {
    return this.suppliers.signUp(dto);
  }

  /** The suppliers in the caller's scope, newest first; an exporter sees its own. */
  @Get()
  @Roles('staff', 'admin', 'exporter')
  @ApiBearerAuth()
  @ApiPageResponse(SupplierView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  list(@Query() query: ListSuppliersDto, @CurrentActor() actor: Actor) {
    return this.suppliers.list(query, actor);
  }

  /** The supplier with its `status`, `reasons` and `history`. */
  @Get(':id')
  @Roles('staff', 'admin', 'exporter')
  @ApiBearerAuth()
  @ApiOkResponse({ type: SupplierDetailView })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  get(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.suppliers.get(id, actor);
  }

  /** Editable while `draft`, `changes_requested` or `suspended`; otherwise `409`. */
  @Patch(':id')
  @Roles('exporter', 'staff', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: SupplierDetailView })
  @ApiErrors(
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'INVALID_STATE_TRANSITION',
    'CONFLICT',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
  )
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateSupplierDto, @CurrentActor() actor: Actor) {
    return this.suppliers.update(id, dto, actor);
  }

  /** Uploads a certificate: PDF, JPEG or PNG (judged by content), at most 10 MiB. */
  @Post(':id/documents')
  @Roles('exporter')
  @ApiBearerAuth()
  @ApiIdempotentCreated(SupplierDocumentView)
  @ApiErrors(
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'IDEMPOTENCY_KEY_IN_USE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'IDEMPOTENCY_KEY_REUSED',
  )
  @ApiConsumes('multipart/form-data')
  @RouteConfig(MULTIPART_ROUTE)
  @ApiBody({
    schema: {
      type: 'object',
      required: ['type', 'file'],
      properties: {
        type: {
          type: 'string',
          enum: [
            'rdb_certificate',
            'tax_clearance',
            'naeb_registration',
            'gacc_registration',
            'organic_certificate',
            'phytosanitary_inspection',
            'other',
          ],
        },
        number: { type: 'string' },
        issuedOn: { type: 'string', format: 'date' },
        expiresOn: { type: 'string', format: 'date' },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  async upload(
    @Param('id', IdPipe) id: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    if (!req.isMultipart()) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'send the document as multipart/form-data');
    const fields: Record<string, string> = {};
    let file: Buffer | null = null;
    for await (const part of req.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file')
          throw DomainError.validation(part.fieldname, 'is not a known field; send the document as "file"');
        file = await (part as MultipartFile).toBuffer();
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
    if (!file) throw DomainError.validation('file', 'is required');
    const problem = bodyProblem(fields);
    if (problem) throw new DomainError('VALIDATION_FAILED', `${problem.field} ${problem.issue}`, [problem]);
    const dto = plainToInstance(UploadDocumentDto, fields);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      const details = flattenValidationErrors(errors);
      throw new DomainError('VALIDATION_FAILED', `${details[0].field} ${details[0].issue}`, details);
    }
    // Keyed on the form fields and the file's hash: the interceptor sees no body for multipart.
    const bytes = file;
    const content = { fields, sha256: createHash('sha256').update(bytes).digest('hex') };
    return this.idempotency.run({ request: req, reply, content }, () =>
      this.suppliers.uploadDocument(id, { fields: dto, bytes }, actor),
    );
  }

  /** The supplier's uploaded documents. */
  @Get(':id/documents')
  @Roles('staff', 'admin', 'exporter')
  @ApiBearerAuth()
  @ApiPageResponse(SupplierDocumentView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  listDocuments(@Param('id', IdPipe) id: string, @Query() query: ListQueryDto, @CurrentActor() actor: Actor) {
    return this.suppliers.listDocuments(id, actor, query);
  }

  /** The document's bytes with the content type found at upload; the owner and staff only. */
  @Get(':id/documents/:docId/file')
  @Roles('staff', 'admin', 'exporter')
  @ApiBearerAuth()
  @ApiOkResponse({
    description: 'The file, with the content type found at upload.',
    content: Object.fromEntries(
      ACCEPTED_UPLOADS.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async download(
    @Param('id', IdPipe) id: string,
    @Param('docId', IdPipe) docId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.suppliers.openDocument(id, docId, actor);
    await reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.sizeBytes))
      .send(file.stream);
  }

  /** Staff suspend an approved supplier: no new purchase order can reach it. */
  @Post(':id/suspend')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: SupplierDetailView })
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE_TRANSITION')
  suspend(@Param('id', IdPipe) id: string, @Body() dto: SuspendSupplierDto, @CurrentActor() actor: Actor) {
    return this.suppliers.suspend(id, dto.reason, actor);
  }

  /** Staff reinstate a suspended supplier; refused while a required document is expired. */
  @Post(':id/reinstate')
  @HttpCode(200)
  @Roles('staff', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: SupplierDetailView })
  @ApiErrors('BUSINESS_RULE_VIOLATED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE_TRANSITION')
  reinstate(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.suppliers.reinstate(id, actor);
  }

  /** What Corridor told the exporter: review outcomes, expiring certificates, suspensions. */
  @Get(':id/notifications')
  @Roles('staff', 'admin', 'exporter')
  @ApiBearerAuth()
  @ApiPageResponse(SupplierNotificationView)
  @ApiErrors('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  notifications(@Param('id', IdPipe) id: string, @Query() query: ListQueryDto, @CurrentActor() actor: Actor) {
    return this.suppliers.listNotifications(id, actor, query);
  }

  /** Runs the certificate check now; it also runs every day at 05:00 UTC. */
  @Post('certificate-checks')
  @HttpCode(202)
  @Roles('staff', 'admin')
  @ApiBearerAuth()
  @ApiAcceptedResponse({ type: CertificateCheckView })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN')
  checkCertificates(@CurrentActor() actor: Actor) {
    return this.suppliers.requestExpiryCheck(actor);
  }

  /** Hands the file to verification (`202`): status `submitted`, and a verification job runs. */
  @Post(':id/submit')
  @HttpCode(202)
  @Roles('exporter')
  @ApiBearerAuth()
  @ApiAcceptedResponse({ type: SupplierDetailView })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE_TRANSITION')
  submit(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.suppliers.submit(id, actor);
  }
}
