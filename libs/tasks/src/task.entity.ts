import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TaskStatus, TaskSubjectKind, TaskType } from '@corridor/domain';

/** Work that needs a person, opened by the pipeline. */
@Entity('task')
export class Task {
  /** UUIDv7, assigned by Corridor. */
  @PrimaryColumn('uuid')
  id: string;

  /** What kind of decision is asked for; it fixes the allowed outcomes and any job a completion publishes. */
  @Column({ type: 'text' })
  type: TaskType;

  /** `open`, `claimed` or `done`; moved only by the task state machine. */
  @Column({ type: 'text' })
  status: TaskStatus;

  /** What the task is about: a supplier, purchase order, shipment or failed job. */
  @Column({ name: 'subject_kind', type: 'text' })
  subjectKind: TaskSubjectKind;

  /** The subject's id: a UUID, or `<queue>/<jobId>` for a failed job. */
  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  /** One line for the task list, in words staff read. */
  @Column({ type: 'text' })
  summary: string;

  /** The outcomes a completion may choose, copied from the task type when opened. */
  @Column({ name: 'allowed_outcomes', type: 'text', array: true })
  allowedOutcomes: string[];

  /** The API key working on it while `claimed`; null when open or released. */
  @Column({ name: 'claimed_by', type: 'uuid', nullable: true })
  claimedBy: string | null;

  /** When it was claimed; null when not claimed. */
  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  /** The decision, one of {@link allowedOutcomes}; null until done. */
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  /** What the person who completed it wrote; null when nothing or not done. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /**
   * Facts for the decision from the opener, merged with the completion's outcome data; passed on to the subject's
   * module.
   */
  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  /** Bumped by every move; see `applyTransition` in `@corridor/queue`. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Unique when set: opening the same task twice (a retried job) gives the one task. */
  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  /** When the row was inserted (set by the database). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the row last changed. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
