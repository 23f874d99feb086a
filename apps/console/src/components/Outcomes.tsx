import type { Schemas } from '../api/client';

export type Outcome = Schemas['CompleteTaskDto']['outcome'];

const OUTCOMES: readonly Outcome[] = [
  'approve',
  'reject',
  'request_changes',
  'regenerate',
  'cancel_shipment',
  'handed_over',
  'resume',
  'retry',
  'discard',
  'acknowledge',
];

/** The task's allowed outcomes the console knows how to send, in the task's own order. */
export function knownOutcomes(allowed: readonly string[]): Outcome[] {
  return allowed.flatMap((name) => OUTCOMES.filter((outcome) => outcome === name));
}
