import { DomainError, InvalidTransitionError } from './domain-error';
import { StateMachine } from './state-machine';
import { thrownBy } from './testing/spec-helpers';

type DoorStatus = 'open' | 'closed' | 'locked';
type DoorAction = 'close' | 'open' | 'lock' | 'unlock';

const door = new StateMachine<DoorStatus, DoorAction>('door', {
  open: { close: 'closed' },
  closed: { open: 'open', lock: 'locked' },
  locked: { unlock: 'closed' },
});

describe('StateMachine', () => {
  it('returns the status an allowed action leads to', () => {
    expect(door.next('closed', 'lock')).toBe('locked');
  });

  it('refuses an action not in the table with an InvalidTransitionError that is a DomainError', () => {
    const error = thrownBy(() => door.next('open', 'lock'));

    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toBeInstanceOf(DomainError);
  });

  it('names the aggregate, the status and the action in the refusal', () => {
    const error = thrownBy(() => door.next('locked', 'open')) as InvalidTransitionError;

    expect(error).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      aggregate: 'door',
      from: 'locked',
      action: 'open',
    });
    expect(error.message).toBe('door cannot open from status locked');
    expect(error.details).toEqual([{ issue: 'transition not allowed', from: 'locked', action: 'open' }]);
  });

  it('refuses a status that is not in the table instead of crashing', () => {
    expect(() => door.next('ajar' as DoorStatus, 'close')).toThrow(InvalidTransitionError);
  });

  it('does not treat inherited object keys as actions', () => {
    expect(() => door.next('open', 'toString' as DoorAction)).toThrow(InvalidTransitionError);
  });

  it('answers can() without throwing', () => {
    expect(door.can('closed', 'open')).toBe(true);
    expect(door.can('locked', 'open')).toBe(false);
  });

  it('lists the statuses reachable in one move', () => {
    expect(door.targets('closed').sort()).toEqual(['locked', 'open']);
  });

  it('lists the actions allowed from a status', () => {
    expect(door.actions('closed').sort()).toEqual(['lock', 'open']);
  });

  it('lists every status of its table', () => {
    expect(door.statuses().sort()).toEqual(['closed', 'locked', 'open']);
  });
});

describe('StateMachine effects', () => {
  type S = 'draft' | 'sent' | 'filed';
  type A = 'send' | 'file';
  const letter = new StateMachine<S, A>(
    'letter',
    {
      draft: {
        send: { to: 'sent', effects: [{ job: 'letter.post' }, { job: 'letter.copy', when: 'a copy was asked for' }] },
      },
      sent: { file: 'filed' },
      filed: {},
    },
    { created: { status: 'draft', effects: [{ job: 'letter.open' }] } },
  );

  it('names what a move sets off, and nothing for a bare cell', () => {
    expect(letter.effects('draft', 'send')).toEqual([
      { job: 'letter.post' },
      { job: 'letter.copy', when: 'a copy was asked for' },
    ]);
    expect(letter.effects('sent', 'file')).toEqual([]);
    expect(letter.next('draft', 'send')).toBe('sent');
  });

  it('refuses to name the effects of a move that is not allowed', () => {
    expect(() => letter.effects('filed', 'send')).toThrow(InvalidTransitionError);
  });

  it('lists its rows, the creation first', () => {
    expect(letter.rows()).toEqual([
      { from: null, action: null, to: 'draft', effects: [{ job: 'letter.open' }] },
      { from: 'draft', action: 'send', to: 'sent', effects: letter.effects('draft', 'send') },
      { from: 'sent', action: 'file', to: 'filed', effects: [] },
    ]);
  });
});
