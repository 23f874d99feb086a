import { statusWriter } from '@corridor/persistence';
import { STATUS_CHANGED_JOB } from './jobs';

/** The status writer of every aggregate, announcing each change as {@link STATUS_CHANGED_JOB}. */
const writer = statusWriter(STATUS_CHANGED_JOB);

/**
 * The one writer of `status`: checks the move against the state machine, applies it with a
 * conditional update (`WHERE status = from`) so that of concurrent moves exactly one wins,
 * bumps `version`, and records the history row and its `events.status_changed` outbox job in
 * the same transaction.
 */
export const transitionStatus = writer.transitionStatus;

/** Records the creation of an aggregate (`from` null) in its history, announced likewise. */
export const recordCreation = writer.recordCreation;
