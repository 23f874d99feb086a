import type { Schemas } from '../api/client';
import { humanize, when } from '../format';

/** A timeline of status moves, oldest first, naming who made each one. */
export function History(props: { items: readonly Schemas['HistoryItemView'][]; title?: string }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{props.title ?? 'History'}</h2>
      {props.items.length === 0 ? (
        <p>No history yet.</p>
      ) : (
        <ol className="timeline">
          {props.items.map((item, index) => (
            <li key={`${item.at}-${index}`}>
              <time dateTime={item.at}>{when(item.at)}</time> <strong>{humanize(item.to)}</strong>
              {item.from ? ` (from ${humanize(item.from)})` : ''} by {item.actor.role}
              {item.reason ? `: ${item.reason}` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
