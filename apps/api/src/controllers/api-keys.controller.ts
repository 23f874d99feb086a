import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { Idempotent } from '@corridor/http';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@corridor/domain';
import { ApiKeysService, Roles } from '@corridor/auth';
import { CreateApiKeyDto } from '../dto/create-api-key.dto';
import { IdPipe } from '../uuid.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiIdempotentCreated } from '../openapi/api-idempotent-created.decorator';
import { IssuedApiKeyView } from '../openapi/api-key.view';

@ApiTags('api-keys')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  /** Mints a key; the key is in this response only, and only its hash is stored. */
  @Idempotent({ redact: ['key'] })
  @Post()
  @ApiIdempotentCreated(IssuedApiKeyView)
  @ApiErrors(
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'IDEMPOTENCY_KEY_IN_USE',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'IDEMPOTENCY_KEY_REUSED',
  )
  create(@Body() dto: CreateApiKeyDto) {
    if (dto.role === 'exporter' && !dto.supplierId)
      throw DomainError.validation('supplierId', 'is required for an exporter key');
    if (dto.role !== 'exporter' && dto.supplierId)
      throw DomainError.validation('supplierId', 'is only for exporter keys');
    if (dto.role !== 'buyer' && dto.storeCode) throw DomainError.validation('storeCode', 'is only for buyer keys');
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
