import { ApiProperty } from '@nestjs/swagger';
import { TIMESTAMP, UUID } from './formats';

/** A message Corridor sent the exporter about its supplier. */
export class SupplierNotificationView {
  @ApiProperty(UUID)
  id: string;

  @ApiProperty({ enum: ['review_outcome', 'certificate_expiring', 'suspended', 'reinstated'] })
  kind: string;

  @ApiProperty()
  message: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;

  @ApiProperty(TIMESTAMP)
  createdAt: string;
}

/** The certificate check was queued; it runs in the worker. */
export class CertificateCheckView {
  /** The id of the job (the outbox row it was published from). */
  @ApiProperty(UUID)
  jobId: string;
}
