import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { SUPPLIER_STATUSES, type SupplierStatus } from '@corridor/domain';
import { ListQueryDto } from '@corridor/http';

export class ListSuppliersDto extends ListQueryDto {
  @IsOptional()
  @IsIn(SUPPLIER_STATUSES)
  status?: SupplierStatus;

  /** A part of the legal or trading name (any case), or a whole TIN. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}
