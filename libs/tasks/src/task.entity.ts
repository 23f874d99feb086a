import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TaskStatus, TaskSubjectKind, TaskType } from '@corridor/domain';

/** Work that needs a person, opened by the pipeline. */
@Entity('task')
export class Task {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: TaskType;

  @Column({ type: 'text' })
  status: TaskStatus;

  @Column({ name: 'subject_kind', type: 'text' })
  subjectKind: TaskSubjectKind;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'allowed_outcomes', type: 'text', array: true })
  allowedOutcomes: string[];

  @Column({ name: 'claimed_by', type: 'uuid', nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  /** Bumped by every move; see `applyTransition` in `@corridor/queue`. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
