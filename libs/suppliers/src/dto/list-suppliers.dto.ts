import { IsIn, IsOptional } from 'class-validator';
import { SUPPLIER_STATUSES, type SupplierStatus } from '@corridor/domain';
import { ListQueryDto } from '@corridor/http';

export class ListSuppliersDto extends ListQueryDto {
  @IsOptional()
  @IsIn(SUPPLIER_STATUSES)
  status?: SupplierStatus;
}
