import { ApiProperty } from '@nestjs/swagger';
import type { StoreView as StoreShape } from '@corridor/purchase-orders';
import { BilingualTextView } from './bilingual-text.view';
import { STORE_CODE } from './formats';

/** A Freshippo store that imports Rwandan chili or coffee. */
export class StoreView implements StoreShape {
  @ApiProperty(STORE_CODE)
  code: string;

  name: BilingualTextView;
  city: BilingualTextView;
  address: BilingualTextView;

  /** IATA code of the airport its shipments fly to. */
  @ApiProperty({ example: 'PVG' })
  destinationAirport: string;
}
