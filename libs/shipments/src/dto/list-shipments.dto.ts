import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { SHIPMENT_STATUSES, type ShipmentStatus } from '@corridor/domain';
import { ListQueryDto } from '@corridor/http';

/** The query of `GET /v1/shipments`: a page, narrowed by any of these filters together. */
export class ListShipmentsDto extends ListQueryDto {
  /** Only shipments in this status. */
  @IsOptional()
  @IsIn(SHIPMENT_STATUSES)
  status?: ShipmentStatus;

  /** Only shipments of this order. */
  @IsOptional()
  @IsUUID()
  purchaseOrderId?: string;

  /**
   * Finds shipments by tracking number, the buyer reference of their order or the lot number
   * of a line (each exactly; tracking numbers ignore case and spaces), or by the supplier's
   * legal or trading name (a case-insensitive part of it).
   */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/^[^\u0000-\u001f\u007f]+$/, { message: 'q must be printable text, without control characters' })
  q?: string;
}
