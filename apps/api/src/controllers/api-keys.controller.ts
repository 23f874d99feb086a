import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { Idempotent } from '@corridor/http';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@corridor/domain';
import { ApiKeysService, Roles } from '@corridor/auth';
import { CreateApiKeyDto } from '../dto/create-api-key.dto';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SuppliersService } from '@corridor/suppliers';
import { StoresService } from '@corridor/purchase-orders';
import { IdPipe } from '../uuid.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiIdempotentCreated } from '../openapi/api-idempotent-created.decorator';
import { IssuedApiKeyView } from '../openapi/api-key.view';

@ApiTags('api-keys')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly suppliers: SuppliersService,
    private readonly stores: StoresService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Mints a key; the key is in this response only, and only its hash is stored. */
  @Idempotent({ secrets: ['key'] })
  @Post()
  @ApiIdempotentCreated(IssuedApiKeyView)
  @ApiErrors(
    'VALIDATION_FAILED',
    'BUSINESS_RULE_VIOLATED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'IDEMPOTENCY_KEY_IN_USE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'IDEMPOTENCY_KEY_REUSED',
  )
  async create(@Body() dto: CreateApiKeyDto) {
    if (dto.role === 'exporter' && !dto.supplierId)
      throw DomainError.validation('supplierId', 'is required for an exporter key');
    if (dto.role !== 'exporter' && dto.supplierId)
      throw DomainError.validation('supplierId', 'is only for exporter keys');
    if (dto.role !== 'buyer' && dto.storeCode) throw DomainError.validation('storeCode', 'is only for buyer keys');
    // A key scoped to nothing would answer 404 to everything: refuse it when it is made.
    if (dto.supplierId && !(await this.suppliers.findById(this.dataSource.manager, dto.supplierId))) {
      throw DomainError.rule('supplierId does not name a supplier', 'supplierId');
    }
    if (dto.storeCode && !(await this.stores.find(this.dataSource.manager, dto.storeCode))) {
      throw DomainError.rule('storeCode does not name a store', 'storeCode');
    }
    return this.keys.issue(dto);
  }

  /** Revokes a key at once. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked; the key stops working at once.' })
  @ApiErrors('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async revoke(@Param('id', IdPipe) id: string): Promise<void> {
    await this.keys.revoke(id);
  }
}
