import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A job waiting to be published to BullMQ; written in the same transaction as the change it follows. */
@Entity('outbox')
export class OutboxEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Why a row was set aside instead of published (a job name no handler knows). */
  @Column({ type: 'text', nullable: true })
  error: string | null;
}
