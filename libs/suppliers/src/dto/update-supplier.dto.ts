import { PartialType } from '@nestjs/swagger';
import { CreateSupplierDto } from './create-supplier.dto';

/** Any subset of the sign-up fields; allowed while `draft`, `changes_requested` or `suspended`. */
export class UpdateSupplierDto extends PartialType(CreateSupplierDto) {}
