import { IsString, Length } from 'class-validator';

/** Why staff suspend a supplier; the exporter sees it. */
export class SuspendSupplierDto {
  /** The reason, 1–1000 characters; kept in the supplier's history. */
  @IsString()
  @Length(1, 1000)
  reason: string;
}
