import { IsString, Length } from 'class-validator';

/** Why an order is rejected or cancelled. */
export class OrderReasonDto {
  /** Why, in words the other party reads; kept in the order's history. */
  @IsString()
  @Length(1, 1000)
  reason: string;
}
