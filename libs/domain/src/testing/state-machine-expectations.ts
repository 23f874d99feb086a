import { InvalidTransitionError } from '../domain-error';
import type { StateMachine } from '../state-machine';
import { thrownBy } from './spec-helpers';

/*
 * Test support for the specs only: nothing outside *.spec.ts imports this folder, and
 * index.ts does not export it, so it stays out of the apps' bundles.
 */

/** One allowed move: from a status, an action, the status it leads to. */
export type Transition<S extends string, A extends string> = readonly [from: S, action: A, to: S];

/**
 * A machine's transitions as its spec writes them out by hand from the contract. The
 * expectations must never be read from the machine's own table, or a wrong or missing
 * row in the table could not make a test fail.
 */
export interface ContractTransitions<S extends string, A extends string> {
  /** Every status of the aggregate. */
  statuses: readonly S[];
  /** Every action of the aggregate. */
  actions: readonly A[];
  /** Every allowed move; each status × action pair not listed here must be refused. */
  allowed: ReadonlyArray<Transition<S, A>>;
}

/**
 * Registers, in the enclosing `describe`, the tests that hold `machine` to exactly the
 * transitions of the contract: it knows exactly the contract's statuses; it makes every
 * allowed move; it refuses every other status × action pair with an
 * {@link InvalidTransitionError} (code INVALID_STATE_TRANSITION, details naming from and
 * action); and `can()` answers true for exactly the allowed moves.
 */
export function itAllowsExactlyTheTransitions<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  { statuses, actions, allowed }: ContractTransitions<NoInfer<S>, NoInfer<A>>,
): void {
  const refused = statuses.flatMap((from) =>
    actions
      .filter((action) => !allowed.some(([f, a]) => f === from && a === action))
      .map((action) => [from, action] as const),
  );

  it('knows exactly the statuses of the contract', () => {
    expect([...machine.statuses()].sort()).toEqual([...statuses].sort());
  });

  it.each(allowed)('moves %s —%s→ %s', (from, action, to) => {
    expect(machine.next(from, action)).toBe(to);
  });

  it.each(refused)('refuses %s —%s→ with INVALID_STATE_TRANSITION naming from and action', (from, action) => {
    const error = thrownBy(() => machine.next(from, action));

    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      details: [expect.objectContaining({ from, action })],
    });
  });

  it('answers can() true for exactly the contract moves', () => {
    const allowedPairs = statuses.flatMap((from) =>
      actions.filter((action) => machine.can(from, action)).map((action) => `${from}:${action}`),
    );

    expect(allowedPairs.sort()).toEqual(allowed.map(([from, action]) => `${from}:${action}`).sort());
  });
}
