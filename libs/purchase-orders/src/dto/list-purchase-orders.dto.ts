import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { PURCHASE_ORDER_STATUSES, type PurchaseOrderStatus } from '@corridor/domain';
import { ListQueryDto } from '@corridor/http';

/** The query of `GET /v1/purchase-orders`: a page, narrowed by any of these filters together. */
export class ListPurchaseOrdersDto extends ListQueryDto {
  /** Only orders in this status. */
  @IsOptional()
  @IsIn(PURCHASE_ORDER_STATUSES)
  status?: PurchaseOrderStatus;

  /** Only orders of this store (within what the caller may see). */
  @IsOptional()
  @Matches(/^[A-Z]{2}-[A-Z]{3}-\d{3}$/)
  storeCode?: string;

  /** Only orders to this supplier (within what the caller may see). */
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  /** Only orders created at or after this ISO 8601 instant. */
  @IsOptional()
  @IsISO8601()
  createdFrom?: string;

  /** Only orders created before this ISO 8601 instant. */
  @IsOptional()
  @IsISO8601()
  createdTo?: string;
}
