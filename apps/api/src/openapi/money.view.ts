import { ApiProperty } from '@nestjs/swagger';
import { CURRENCIES, type Currency } from '@corridor/domain';

/** An amount of money: never a float. */
export class MoneyView {
  /** A decimal string with exactly the currency's minor digits (USD and CNY 2, RWF 0). */
  @ApiProperty({ pattern: '^\\d+(\\.\\d{2})?$', example: '1250.50' })
  amount: string;

  @ApiProperty({ enum: CURRENCIES, enumName: 'Currency' })
  currency: Currency;
}
