import { IsString, Length } from 'class-validator';

export class SignInDto {
  /** A staff or admin API key; it is exchanged for a session cookie and not kept by the browser. */
  @IsString()
  @Length(1, 512)
  apiKey: string;
}
