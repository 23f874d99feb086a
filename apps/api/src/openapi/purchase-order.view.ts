import { ApiProperty } from '@nestjs/swagger';
import {
  CURRENCIES,
  INCOTERMS,
  PURCHASE_ORDER_STATUSES,
  SHIPMENT_MODES,
  SHIPMENT_STATUSES,
  type Currency,
  type Incoterm,
  type PurchaseOrderStatus,
} from '@corridor/domain';
import type { PurchaseOrderView as PurchaseOrderShape, ShipmentSummary } from '@corridor/purchase-orders';
import { BilingualTextView } from './bilingual-text.view';
import { HistoryItemView } from './history-item.view';
import { MoneyView } from './money.view';
import { CALENDAR_DATE, CARRIER_OR_NULL, STORE_CODE, TIMESTAMP, UUID } from './formats';

export class PurchaseOrderLineView {
  @ApiProperty(UUID)
  id: string;

  sku: string;

  @ApiProperty(UUID)
  productId: string;

  /** The product's name when the order was placed. */
  description: BilingualTextView;

  hsCode: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  quantity: number;

  /** In every shipment not cancelled. */
  @ApiProperty({ type: 'integer' })
  quantityPacked: number;

  /** In shipments handed over or beyond. */
  @ApiProperty({ type: 'integer' })
  quantityShipped: number;

  unitPrice: MoneyView;
  lineTotal: MoneyView;
}

/** A shipment of the order, in brief. */
export class ShipmentSummaryView implements ShipmentSummary {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'ShipmentStatus' })
  status: string;

  @ApiProperty({ enum: SHIPMENT_MODES })
  mode: string;

  /** Set when the handoff is booked. */
  @ApiProperty(CARRIER_OR_NULL)
  carrier: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  trackingNumber: string | null;

  @ApiProperty(TIMESTAMP)
  createdAt: string;
}

/** An order from a Freshippo store to a supplier. */
export class PurchaseOrderView implements PurchaseOrderShape {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ enum: PURCHASE_ORDER_STATUSES, enumName: 'PurchaseOrderStatus' })
  status: PurchaseOrderStatus;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty(STORE_CODE)
  storeCode: string;

  @ApiProperty(UUID)
  supplierId: string;

  /** Freshippo's own order number; unique per store. */
  buyerReference: string;

  @ApiProperty({ enum: CURRENCIES, enumName: 'Currency' })
  currency: Currency;

  @ApiProperty({ enum: INCOTERMS })
  incoterm: Incoterm;

  namedPlace: string;

  @ApiProperty(CALENDAR_DATE)
  requestedDeliveryDate: string;

  lines: PurchaseOrderLineView[];

  total: MoneyView;

  @ApiProperty(TIMESTAMP)
  createdAt: string;

  @ApiProperty(TIMESTAMP)
  updatedAt: string;
}

/** One order, with its status history and its shipments. */
export class PurchaseOrderDetailView extends PurchaseOrderView {
  history: HistoryItemView[];
  shipments: ShipmentSummaryView[];
}
