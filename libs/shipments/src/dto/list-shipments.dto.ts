import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SHIPMENT_STATUSES, type ShipmentStatus } from '@corridor/domain';
import { ListQueryDto } from '@corridor/http';

export class ListShipmentsDto extends ListQueryDto {
  @IsOptional()
  @IsIn(SHIPMENT_STATUSES)
  status?: ShipmentStatus;

  @IsOptional()
  @IsUUID()
  purchaseOrderId?: string;
}
