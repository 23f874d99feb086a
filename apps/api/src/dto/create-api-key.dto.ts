import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { ROLES, type Role } from '@corridor/domain';

export class CreateApiKeyDto {
  @IsIn(ROLES)
  role: Role;

  @IsString()
  @Length(1, 200)
  label: string;

  /** For a buyer key: the one store it acts for; omit for Freshippo HQ procurement (every store). */
  @IsOptional()
  @Matches(/^[A-Z]{2}-[A-Z]{3}-\d{3}$/, { message: 'storeCode must look like FS-SHA-001' })
  storeCode?: string;

  /** For an exporter key: the supplier it acts for (required). */
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}
