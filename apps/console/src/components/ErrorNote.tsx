import type { ErrorEnvelope } from '../api/client';
import { ago } from '../format';

/** What went wrong, in words: the envelope's message, and who holds a task for a 409. */
export interface Problem {
  status: number;
  message: string;
  holder?: string;
}

/** Reads a failed call into words; a task held by someone else names them and since when. */
export function problemOf(error: ErrorEnvelope | undefined, response: Response): Problem {
  if (!error) return { status: response.status, message: `The server answered ${response.status}` };
  const problem: Problem = { status: response.status, message: error.error.message };
  if (response.status === 409) {
    for (const detail of error.error.details) {
      const holder = detail.label ?? null;
      if (holder !== null) {
        const since = detail.claimedAt ? ` ${ago(detail.claimedAt)}` : '';
        problem.holder = `Claimed by ${holder}${since}`;
      }
    }
  }
  return problem;
}

export function ErrorNote(props: { problem: Problem | null }) {
  if (props.problem === null) return null;
  return (
    <div className="error" role="alert">
      {props.problem.holder ? <p className="holder">{props.problem.holder}.</p> : null}
      <p>{props.problem.message}</p>
    </div>
  );
}
