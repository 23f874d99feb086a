import { ApiProperty } from '@nestjs/swagger';
import { TIMESTAMP, UUID } from './formats';

/** A new console session; its token is in the `Set-Cookie` header only. */
export class SessionView {
  /** When the session ends unless used again: 12 hours after its last request (sliding). */
  @ApiProperty(TIMESTAMP)
  expiresAt: string;

  /** Send it as `X-CSRF-Token` on every POST, PATCH, PUT and DELETE made with the session. */
  csrfToken: string;
}

/** Who a console session stands for. */
export class SessionActorView {
  @ApiProperty({ enum: ['staff', 'admin'] })
  role: 'staff' | 'admin';

  @ApiProperty(UUID)
  keyId: string;

  /** The key's label; `admin` for the bootstrap admin key. */
  label: string;
}

/** The signed-in session, with the CSRF token again so a reloaded console can keep working. */
export class CurrentSessionView extends SessionView {
  actor: SessionActorView;
}
