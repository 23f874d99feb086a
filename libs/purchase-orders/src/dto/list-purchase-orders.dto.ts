import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { PURCHASE_ORDER_STATUSES, type PurchaseOrderStatus } from '@corridor/domain';
import { ListQueryDto } from '@corridor/http';

export class ListPurchaseOrdersDto extends ListQueryDto {
  @IsOptional()
  @IsIn(PURCHASE_ORDER_STATUSES)
  status?: PurchaseOrderStatus;

  @IsOptional()
  @Matches(/^[A-Z]{2}-[A-Z]{3}-\d{3}$/)
  storeCode?: string;

  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @IsOptional()
  @IsISO8601()
  createdFrom?: string;

  @IsOptional()
  @IsISO8601()
  createdTo?: string;
}
