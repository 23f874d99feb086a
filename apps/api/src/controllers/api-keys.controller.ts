import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { Idempotent } from '@corridor/http';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@corridor/domain';
import { ApiKeysService, Roles } from '@corridor/auth';
import { CreateApiKeyDto } from '../dto/create-api-key.dto';
import { IdPipe } from '../uuid.pipe';

@ApiTags('api-keys')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  /** Mints a key; the key is in this response only, and only its hash is stored. */
  @Idempotent()
  @Post()
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
  async revoke(@Param('id', IdPipe) id: string): Promise<void> {
    await this.keys.revoke(id);
  }
}
