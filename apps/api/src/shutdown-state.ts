import { Injectable } from '@nestjs/common';

/** Whether the API has begun shutting down; `/health/ready` answers `503` from then on. */
@Injectable()
export class ShutdownState {
  private draining = false;

  /** Called on SIGTERM, before the server stops taking requests. */
  begin(): void {
    this.draining = true;
  }

  /** True once shutdown has begun. */
  get isDraining(): boolean {
    return this.draining;
  }
}
