import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { SUPPLIER_DOCUMENT_TYPES, type SupplierDocumentType } from '@corridor/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The text fields of a document upload (the file travels as the `file` part). */
export class UploadDocumentDto {
  /** Which certificate or registration the file is. */
  @IsIn(SUPPLIER_DOCUMENT_TYPES)
  type: SupplierDocumentType;

  /** Required for naeb_registration and gacc_registration: it goes on customs documents and labels. */
  @IsOptional()
  @IsString()
  @Length(1, 80)
  @Matches(/^\S(.*\S)?$/, { message: 'number must not be blank nor start or end with spaces' })
  number?: string;

  /** The date it was issued, YYYY-MM-DD. */
  @IsOptional()
  @Matches(DATE, { message: 'issuedOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  issuedOn?: string;

  /** The date it stops being valid, YYYY-MM-DD; a document close to or past it fails verification. */
  @IsOptional()
  @Matches(DATE, { message: 'expiresOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  expiresOn?: string;
}
