import { InvalidTransitionError } from './domain-error';

/**
 * Something a transition sets off once it commits: a job written to the outbox in the same
 * transaction, named as in `@corridor/queue`'s job registry (a spec there checks every name).
 */
export interface Effect {
  /** The job's name, e.g. `customs.generate`. */
  readonly job: string;
  /**
   * Set when the effect is conditional: the sentence says when it happens, and the caller
   * decides (by supplying the job's payload or not). Without it the effect always happens.
   */
  readonly when?: string;
  /** For `task.open`: the type of task it opens. */
  readonly task?: string;
}

/** One cell of a transitions table: the status an action leads to, and what it sets off. */
export interface TransitionSpec<S extends string> {
  /** The status the action leads to. */
  readonly to: S;
  /** The jobs the move sets off once it commits; none when absent. */
  readonly effects?: readonly Effect[];
}

/** A cell written as the bare status is a transition that sets nothing off. */
export type TransitionCell<S extends string> = S | TransitionSpec<S>;

/** How an aggregate comes into being, and what else the process says about it as a whole. */
export interface MachineOptions<S extends string> {
  /** The status it is created in and what its creation sets off. */
  readonly created?: { readonly status: S; readonly effects?: readonly Effect[] };
  /** The buyer webhook event announcing its changes, when buyers hear of them. */
  readonly event?: string;
}

/** One transition as a row, for documentation and checks. */
export interface TransitionRow<S extends string, A extends string> {
  /** Null for the creation. */
  readonly from: S | null;
  /** Null for the creation. */
  readonly action: A | null;
  /** The status reached (for the creation, the status it is created in). */
  readonly to: S;
  /** The jobs the move sets off; empty when it sets nothing off. */
  readonly effects: readonly Effect[];
}

/**
 * A state machine as data, after Vendure's order process: for each status, the actions
 * allowed from it, the status each leads to and the jobs each sets off. Only code that goes
 * through {@link StateMachine.next} writes a status, and the writer (`applyTransition` in
 * `@corridor/queue`) publishes exactly the effects the table names, in the same transaction.
 */
export class StateMachine<S extends string, A extends string> {
  constructor(
    /**
     * The aggregate's name as people read it (`purchase order`), used in {@link InvalidTransitionError}
     * messages.
     */
    readonly aggregate: string,
    private readonly table: Readonly<Record<S, Partial<Readonly<Record<A, TransitionCell<S>>>>>>,
    /** How the aggregate is created and which buyer webhook event announces its changes. */
    readonly options: MachineOptions<S> = {},
  ) {}

  /** The status `action` leads to from `from`, or throws {@link InvalidTransitionError}. */
  next(from: S, action: A): S {
    const cell = this.lookup(from, action);
    if (cell === undefined) throw new InvalidTransitionError(this.aggregate, from, action);
    return typeof cell === 'string' ? cell : cell.to;
  }

  /** What the move sets off, or throws {@link InvalidTransitionError} when it is not allowed. */
  effects(from: S, action: A): readonly Effect[] {
    const cell = this.lookup(from, action);
    if (cell === undefined) throw new InvalidTransitionError(this.aggregate, from, action);
    return typeof cell === 'string' ? [] : (cell.effects ?? []);
  }

  /** Whether `action` is allowed from `from`; never throws. */
  can(from: S, action: A): boolean {
    return this.lookup(from, action) !== undefined;
  }

  /** Every status reachable from `from` in one move. */
  targets(from: S): S[] {
    return this.actions(from).map((action) => this.next(from, action));
  }

  /** Every status of the table, in the order it lists them. */
  statuses(): S[] {
    return Object.keys(this.table) as S[];
  }

  /** The actions allowed from `from`; none for a final status. */
  actions(from: S): A[] {
    return Object.keys(this.table[from] ?? {}) as A[];
  }

  /** Every transition, creation first, in table order: the process as a reader sees it. */
  rows(): TransitionRow<S, A>[] {
    const created = this.options.created;
    const rows: TransitionRow<S, A>[] = created
      ? [{ from: null, action: null, to: created.status, effects: created.effects ?? [] }]
      : [];
    for (const from of this.statuses()) {
      for (const action of this.actions(from)) {
        rows.push({ from, action, to: this.next(from, action), effects: this.effects(from, action) });
      }
    }
    return rows;
  }

  /** Own keys only: an inherited name such as `toString` is not a status or an action. */
  private lookup(from: S, action: A): TransitionCell<S> | undefined {
    const row = Object.hasOwn(this.table, from) ? this.table[from] : undefined;
    return row !== undefined && Object.hasOwn(row, action) ? row[action] : undefined;
  }
}
