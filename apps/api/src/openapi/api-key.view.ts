import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@corridor/domain';
import type { IssuedKey } from '@corridor/auth';
import { STORE_CODE, TIMESTAMP, UUID } from './formats';

/** A freshly minted API key. */
export class IssuedApiKeyView implements IssuedKey {
  @ApiProperty(UUID)
  id: string;

  /**
   * The key itself, shown in this response only: only its hash is stored, and a replay with
   * the same `Idempotency-Key` (`Idempotent-Replayed: true`) shows it again from a copy kept
   * encrypted with the stored answer (`null` there only if the server's key changed since).
   */
  @ApiProperty({ type: 'string', nullable: true, example: 'cor_buyer_9pQ…' })
  key: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  label: string;

  /** A buyer key's store; `null` for Freshippo HQ procurement (every store) and other roles. */
  @ApiProperty({ ...STORE_CODE, nullable: true })
  storeCode: string | null;

  /** An exporter key's supplier; `null` for other roles. */
  @ApiProperty({ ...UUID, nullable: true })
  supplierId: string | null;

  @ApiProperty(TIMESTAMP)
  createdAt: string;
}
