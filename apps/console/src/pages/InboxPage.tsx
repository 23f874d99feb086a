import { useCallback, useState } from 'react';
import { api, type Schemas, type Task } from '../api/client';
import { ErrorNote, problemOf, type Problem } from '../components/ErrorNote';
import { ago, humanize } from '../format';
import { Link } from '../router';
import { usePolling } from '../usePolling';

type TaskType = Schemas['TaskView']['type'];

const TASK_TYPES: readonly TaskType[] = [
  'supplier_review',
  'documents_fix',
  'handoff_dropoff',
  'exception_review',
  'failed_job',
  'certificate_expiring',
];

/** Open and claimed tasks, oldest first; new ones appear without a reload. */
export function InboxPage() {
  const [type, setType] = useState<TaskType | ''>('');
  const [mine, setMine] = useState(false);
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const load = useCallback(() => {
    const statuses = mine ? (['claimed'] as const) : (['open', 'claimed'] as const);
    void Promise.all(
      statuses.map((status) =>
        api.GET('/v1/tasks', {
          params: {
            query: {
              status,
              limit: 200,
              order: 'oldest',
              ...(type ? { type } : {}),
              ...(mine ? { assignee: 'me' } : {}),
            },
          },
        }),
      ),
    ).then((answers) => {
      const found: Task[] = [];
      for (const { data, error, response } of answers) {
        if (!data) {
          setProblem(problemOf(error, response));
          return;
        }
        found.push(...data.items);
      }
      found.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      setProblem(null);
      setTasks(found);
    });
  }, [type, mine]);

  usePolling(load);

  return (
    <>
      <h1>Task inbox</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="task-type">Type</label>
          <select id="task-type" value={type} onChange={(event) => setType(toTaskType(event.target.value))}>
            <option value="">All types</option>
            {TASK_TYPES.map((t) => (
              <option key={t} value={t}>
                {humanize(t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field check">
          <input id="mine" type="checkbox" checked={mine} onChange={(event) => setMine(event.target.checked)} />
          <label htmlFor="mine">Only tasks I hold</label>
        </div>
      </form>
      <ErrorNote problem={problem} />
      {tasks === null ? (
        <p aria-live="polite">Loading tasks…</p>
      ) : tasks.length === 0 ? (
        <p>No open tasks. New ones appear here by themselves.</p>
      ) : (
        <ul className="tasks" aria-label="Tasks">
          {tasks.map((task) => (
            <li key={task.id}>
              <Link to={`/tasks/${task.id}`} className="task-link">
                <span className="type">{humanize(task.type)}</span> <code>{task.type}</code>
                <span className="summary">{task.summary}</span>
              </Link>
              <span className="meta">
                {task.subject.kind.replace('_', ' ')} · opened {ago(task.createdAt)} ·{' '}
                {task.claimedBy ? `claimed by ${task.claimedBy.label}` : 'unclaimed'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function toTaskType(value: string): TaskType | '' {
  return TASK_TYPES.find((t) => t === value) ?? '';
}
