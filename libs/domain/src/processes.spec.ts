import { PROCESSES, renderPipeline } from './processes';
import { StateMachine } from './state-machine';

describe('renderPipeline', () => {
  type S = 'a' | 'b' | 'c';
  type A = 'go' | 'stop';
  const machine = new StateMachine<S, A>(
    'thing',
    {
      a: { go: { to: 'c', effects: [{ job: 'thing.ping' }] }, stop: 'b' },
      b: { go: { to: 'c', effects: [{ job: 'thing.ping' }] } },
      c: { stop: { to: 'b', effects: [{ job: 'task.open', task: 'review', when: 'it was late' }] } },
    },
    { created: { status: 'a', effects: [{ job: 'thing.start' }] }, event: 'thing.status_changed' },
  );

  it('lists the creation, then each move with what it sets off, merging moves that differ only in where they start', () => {
    expect(renderPipeline([machine as unknown as StateMachine<string, string>])).toBe(
      [
        '**thing** Every change is also the buyer webhook `thing.status_changed`.',
        '',
        '| from | action | to | sets off |',
        '|---|---|---|---|',
        '| — | *created* | `a` | `thing.start` |',
        '| `a`, `b` | `go` | `c` | `thing.ping` |',
        '| `a` | `stop` | `b` | — |',
        '| `c` | `stop` | `b` | `task.open` (review) when it was late |',
        '',
      ].join('\n'),
    );
  });

  it('covers every aggregate that has a status', () => {
    expect(PROCESSES.map((p) => p.aggregate)).toEqual(['supplier', 'purchase order', 'shipment', 'task']);
  });
});
