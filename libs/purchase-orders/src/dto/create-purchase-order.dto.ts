import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { CURRENCIES, INCOTERMS, SEA_INCOTERMS, type Currency, type Incoterm } from '@corridor/domain';

function incotermMessage(args: ValidationArguments): string {
  return (SEA_INCOTERMS as readonly string[]).includes(String(args.value))
    ? `incoterm ${String(args.value)} is a sea and inland waterway term; air and post use FCA, CPT, CIP or DAP`
    : 'incoterm must be one of FCA, CPT, CIP, DAP';
}

/** One line of a new order: a registered product, how many, and the agreed unit price. */
export class PurchaseOrderLineDto {
  /** The SKU of a product the supplier has registered; at most once per order. */
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'sku must be 1-64 of A-Z a-z 0-9 - _ .' })
  sku: string;

  /** Units ordered, 1 to 1,000,000. */
  @IsInt({ message: 'quantity must be a positive integer' })
  @Min(1, { message: 'quantity must be a positive integer' })
  @Max(1_000_000)
  @ApiProperty({ type: 'integer' })
  quantity: number;

  /** A positive decimal string with at most the currency's minor digits ("23.5" is 23.50). */
  @Matches(/^\d{1,13}(\.\d{1,2})?$/, { message: 'unitPrice must be a positive decimal string such as "23.50"' })
  unitPrice: string;
}

/** The body of `POST /v1/purchase-orders`: a store orders from one supplier, on one Incoterm, in one currency. */
export class CreatePurchaseOrderDto {
  /** The ordering store, e.g. `FS-SHA-001`; a store buyer key may order only for its own store. */
  @Matches(/^[A-Z]{2}-[A-Z]{3}-\d{3}$/, { message: 'storeCode must look like FS-SHA-001' })
  storeCode: string;

  /** The supplier ordered from. */
  @IsUUID()
  supplierId: string;

  /** The store's own order reference, unique per store; printed on every customs paper. */
  @IsString()
  @Length(1, 100)
  buyerReference: string;

  /** The currency of every price and total of the order. */
  @IsIn(CURRENCIES)
  currency: Currency;

  /** Incoterms 2020 rule for air and post: FCA, CPT, CIP or DAP. */
  @IsIn(INCOTERMS, { message: incotermMessage })
  incoterm: Incoterm;

  /** The rule's named place, e.g. "Shanghai Pudong (PVG)". */
  @IsString()
  @Length(1, 200)
  namedPlace: string;

  /** The date the store wants the goods by, YYYY-MM-DD. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'requestedDeliveryDate must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'requestedDeliveryDate must be a real calendar date' })
  requestedDeliveryDate: string;

  /** 1 to 200 lines, each SKU once. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique((line: PurchaseOrderLineDto) => line?.sku, { message: 'each SKU may appear at most once per order' })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PurchaseOrderLineDto)
  lines: PurchaseOrderLineDto[];
}
