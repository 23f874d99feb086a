import { IsString, Length } from 'class-validator';

/** Why an order is rejected or cancelled. */
export class OrderReasonDto {
  @IsString()
  @Length(1, 1000)
  reason: string;
}
