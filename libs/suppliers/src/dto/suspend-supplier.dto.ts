import { IsString, Length } from 'class-validator';

/** Why staff suspend a supplier; the exporter sees it. */
export class SuspendSupplierDto {
  @IsString()
  @Length(1, 1000)
  reason: string;
}
