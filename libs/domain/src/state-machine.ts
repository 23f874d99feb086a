import { InvalidTransitionError } from './domain-error';

/**
 * A state machine as data: for each status, the actions allowed from it and the status
 * each leads to. Only code that goes through {@link StateMachine.next} writes a status.
 */
export class StateMachine<S extends string, A extends string> {
  constructor(
    readonly aggregate: string,
    private readonly table: Readonly<Record<S, Partial<Readonly<Record<A, S>>>>>,
  ) {}

  /** The status `action` leads to from `from`, or throws {@link InvalidTransitionError}. */
  next(from: S, action: A): S {
    const to = this.lookup(from, action);
    if (to === undefined) throw new InvalidTransitionError(this.aggregate, from, action);
    return to;
  }

  can(from: S, action: A): boolean {
    return this.lookup(from, action) !== undefined;
  }

  /** Every status reachable from `from` in one move. */
  targets(from: S): S[] {
    return Object.values(this.table[from] ?? {}) as S[];
  }

  statuses(): S[] {
    return Object.keys(this.table) as S[];
  }

  actions(from: S): A[] {
    return Object.keys(this.table[from] ?? {}) as A[];
  }

  /** Own keys only: an inherited name such as `toString` is not a status or an action. */
  private lookup(from: S, action: A): S | undefined {
    const row = Object.hasOwn(this.table, from) ? this.table[from] : undefined;
    return row !== undefined && Object.hasOwn(row, action) ? row[action] : undefined;
  }
}
