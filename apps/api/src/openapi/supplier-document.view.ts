import { ApiProperty } from '@nestjs/swagger';
import { SUPPLIER_DOCUMENT_TYPES, type SupplierDocumentType } from '@corridor/domain';
import { ACCEPTED_UPLOADS, type SupplierDocumentView as SupplierDocumentShape } from '@corridor/suppliers';
import { CALENDAR_DATE, TIMESTAMP, UUID } from './formats';

/** A certificate a supplier uploaded. */
export class SupplierDocumentView implements SupplierDocumentShape {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ enum: SUPPLIER_DOCUMENT_TYPES })
  type: SupplierDocumentType;

  /** The registration number (required for `naeb_registration` and `gacc_registration`). */
  @ApiProperty({ type: 'string', nullable: true })
  number: string | null;

  /** Found from the file's content, not its name. */
  @ApiProperty({ enum: ACCEPTED_UPLOADS })
  contentType: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  sha256: string;

  @ApiProperty({ type: 'integer' })
  sizeBytes: number;

  @ApiProperty({ ...CALENDAR_DATE, nullable: true })
  issuedOn: string | null;

  @ApiProperty({ ...CALENDAR_DATE, nullable: true })
  expiresOn: string | null;

  @ApiProperty(TIMESTAMP)
  createdAt: string;
}
