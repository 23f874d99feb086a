import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { SUPPLIER_STATUSES, type SupplierStatus } from '@corridor/domain';
import { ListQueryDto } from '@corridor/http';

/** The query of `GET /v1/suppliers`: a page, narrowed by status and a search. */
export class ListSuppliersDto extends ListQueryDto {
  /** Only suppliers in this status. */
  @IsOptional()
  @IsIn(SUPPLIER_STATUSES)
  status?: SupplierStatus;

  /** A part of the legal or trading name (any case), or a whole TIN. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/^[^\u0000-\u001f\u007f]+$/, { message: 'q must be printable text, without control characters' })
  q?: string;
}
