import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, type Schemas, type Task } from '../api/client';
import { ErrorNote, problemOf, type Problem } from '../components/ErrorNote';
import { Facts, text } from '../components/Facts';
import { knownOutcomes, type Outcome } from '../components/Outcomes';
import { CarrierEvents, ShipmentDocuments, ShipmentFacts } from '../components/ShipmentDetails';
import { SupplierDetails } from '../components/SupplierDetails';
import { ago, humanize, label, when } from '../format';
import { Link } from '../router';
import { useSession } from '../session';

type Shipment = Schemas['ShipmentDetailView'];
type Supplier = Schemas['SupplierDetailView'];
type Reason = Schemas['SupplierReasonView'];
type ReasonCode = Reason['code'];
type DocumentType = NonNullable<Reason['documentType']>;

const REASON_CODES: readonly ReasonCode[] = [
  'DOCUMENT_MISSING',
  'DOCUMENT_EXPIRED',
  'DOCUMENT_EXPIRING',
  'DETAILS_INCORRECT',
  'OTHER',
];
const DOCUMENT_TYPES: readonly DocumentType[] = [
  'rdb_certificate',
  'tax_clearance',
  'naeb_registration',
  'gacc_registration',
  'organic_certificate',
  'phytosanitary_inspection',
  'other',
];

/** One task with what its decision needs, and the actions it allows. */
export function TaskPage(props: { id: string }) {
  const session = useSession();
  const [task, setTask] = useState<Task | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [receiptNumber, setReceiptNumber] = useState('');
  const [reasons, setReasons] = useState<Reason[]>([]);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    const { data, error, response } = await api.GET('/v1/tasks/{id}', { params: { path: { id: props.id } } });
    if (data) setTask(data);
    else setProblem(problemOf(error, response));
  }, [props.id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (task === null) {
    return (
      <>
        <h1>Task</h1>
        <ErrorNote problem={problem} />
        {problem ? null : <p aria-live="polite">Loading the task…</p>}
      </>
    );
  }

  const mine = task.status === 'claimed' && task.claimedBy?.keyId === session.actor.keyId;
  const outcomes = task.status === 'claimed' && mine ? knownOutcomes(task.allowedOutcomes) : [];

  const act = async (
    call: () => Promise<{ data?: Task; error?: Schemas['ErrorEnvelopeView']; response: Response }>,
    said: string,
  ) => {
    setBusy(true);
    const { data, error, response } = await call();
    setBusy(false);
    if (data) {
      setTask(data);
      setProblem(null);
      setDone(said);
    } else {
      setProblem(problemOf(error, response));
      setDone(null);
      void load();
    }
  };

  const claim = () => act(() => api.POST('/v1/tasks/{id}/claim', { params: { path: { id: task.id } } }), 'Claimed.');
  const release = () =>
    act(() => api.POST('/v1/tasks/{id}/release', { params: { path: { id: task.id } } }), 'Released.');
  const complete = (outcome: Outcome) => {
    const data: Record<string, unknown> = {};
    if (task.type === 'handoff_dropoff') data.receiptNumber = receiptNumber.trim();
    if (task.type === 'supplier_review' && outcome !== 'approve') {
      data.reasons = reasons.map(({ message, ...reason }) =>
        message?.trim() ? { ...reason, message: message.trim() } : reason,
      );
    }
    return act(
      () =>
        api.POST('/v1/tasks/{id}/complete', {
          params: { path: { id: task.id } },
          body: {
            outcome,
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(Object.keys(data).length > 0 ? { data } : {}),
          },
        }),
      `Done: ${outcome}.`,
    );
  };
  const onComplete = (outcome: Outcome) => (event: FormEvent) => {
    event.preventDefault();
    void complete(outcome);
  };

  return (
    <>
      <p className="crumbs">
        <Link to="/">Inbox</Link>
      </p>
      <h1>
        {humanize(task.type)} <code>{task.type}</code>
      </h1>
      <p className="summary">{task.summary}</p>
      <Facts
        items={[
          ['Status', humanize(task.status)],
          [
            'Held by',
            task.claimedBy
              ? `${task.claimedBy.label}${mine ? ' (you)' : ''}${task.claimedAt ? `, ${ago(task.claimedAt)}` : ''}`
              : 'Nobody',
          ],
          ['Opened', `${when(task.createdAt)}, ${ago(task.createdAt)}`],
          ['Subject', <SubjectLink key="subject" task={task} />],
          ['Outcome', task.outcome],
          ['Note', task.note],
        ]}
      />
      <ErrorNote problem={problem} />
      {done ? (
        <p className="done" role="status">
          {done}
        </p>
      ) : null}
      <section aria-labelledby="actions-heading" className="actions">
        <h2 id="actions-heading">Actions</h2>
        {task.status === 'done' ? <p>This task is done.</p> : null}
        <div className="buttons">
          {task.status === 'open' ? (
            <button type="button" disabled={busy} onClick={() => void claim()}>
              Claim
            </button>
          ) : null}
          {mine ? (
            <button type="button" disabled={busy} onClick={() => void release()}>
              Release
            </button>
          ) : null}
        </div>
        {task.status === 'open' ? <p>Claim the task to decide it.</p> : null}
        {task.status === 'claimed' && !mine ? <p>Someone else holds this task.</p> : null}
        {outcomes.length > 0 ? (
          <form className="decide" onSubmit={(event) => event.preventDefault()}>
            {task.type === 'handoff_dropoff' ? (
              <div className="field">
                <label htmlFor="receipt-number">Receipt number</label>
                <input
                  id="receipt-number"
                  value={receiptNumber}
                  autoComplete="off"
                  onChange={(event) => setReceiptNumber(event.target.value)}
                />
              </div>
            ) : null}
            {task.type === 'supplier_review' ? <ReasonsEditor reasons={reasons} onChange={setReasons} /> : null}
            <div className="field">
              <label htmlFor="note">Note (optional)</label>
              <textarea id="note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
            </div>
            <div className="buttons">
              {outcomes.map((outcome) => (
                <button key={outcome} type="submit" disabled={busy} onClick={onComplete(outcome)} className="outcome">
                  {outcome}
                </button>
              ))}
            </div>
          </form>
        ) : null}
      </section>
      <Subject task={task} />
    </>
  );
}

function SubjectLink(props: { task: Task }) {
  const { kind, id } = props.task.subject;
  if (kind === 'supplier') return <Link to={`/suppliers/${id}`}>Supplier {id}</Link>;
  if (kind === 'shipment') return <Link to={`/shipments/${id}`}>Shipment {id}</Link>;
  return (
    <span>
      {humanize(kind)} <code>{id}</code>
    </span>
  );
}

/** What the decision needs, by the kind of the task's subject. */
function Subject(props: { task: Task }) {
  const { task } = props;
  if (task.subject.kind === 'supplier') return <SupplierSubject task={task} />;
  if (task.subject.kind === 'shipment') return <ShipmentSubject task={task} />;
  return <TaskData task={task} />;
}

function TaskData(props: { task: Task }) {
  const data = props.task.data ?? {};
  const entries = Object.entries(data);
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{props.task.type === 'failed_job' ? 'The failed job' : 'Details'}</h2>
      {entries.length === 0 ? (
        <p>No further details.</p>
      ) : (
        <Facts
          items={entries.map(([key, value]): [string, string] => [
            humanize(key.replace(/([A-Z])/g, '_$1').toLowerCase()),
            text(value),
          ])}
        />
      )}
    </section>
  );
}

function SupplierSubject(props: { task: Task }) {
  const [supplier, setSupplier] = useState<Supplier | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const id = props.task.subject.id;
  useEffect(() => {
    void api.GET('/v1/suppliers/{id}', { params: { path: { id } } }).then(({ data, error, response }) => {
      if (data) setSupplier(data);
      else setProblem(problemOf(error, response));
    });
  }, [id, props.task.updatedAt]);
  return (
    <section aria-labelledby="subject-heading">
      <h2 id="subject-heading">{supplier ? supplier.legalName : 'Supplier'}</h2>
      <ErrorNote problem={problem} />
      {supplier ? <SupplierDetails supplier={supplier} /> : problem ? null : <p>Loading the supplier…</p>}
      {props.task.type === 'certificate_expiring' ? <TaskData task={props.task} /> : null}
    </section>
  );
}

function ShipmentSubject(props: { task: Task }) {
  const { task } = props;
  const [shipment, setShipment] = useState<Shipment | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const id = task.subject.id;
  useEffect(() => {
    void api.GET('/v1/shipments/{id}', { params: { path: { id } } }).then(({ data, error, response }) => {
      if (data) setShipment(data);
      else setProblem(problemOf(error, response));
    });
  }, [id, task.updatedAt]);
  return (
    <section aria-labelledby="subject-heading">
      <h2 id="subject-heading">Shipment {shipment?.trackingNumber ?? ''}</h2>
      {task.type === 'handoff_dropoff' ? (
        <p className="print">
          <a href={`/v1/shipments/${id}/documents/bundle`} target="_blank" rel="noopener">
            Print all
          </a>{' '}
          (labels first, then the papers, as one PDF)
        </p>
      ) : null}
      <ErrorNote problem={problem} />
      {shipment === null ? (
        problem ? null : (
          <p>Loading the shipment…</p>
        )
      ) : (
        <>
          <ShipmentFacts shipment={shipment} />
          {task.type === 'documents_fix' ? <Findings shipment={shipment} /> : null}
          {task.type === 'exception_review' ? <CarrierEvents shipment={shipment} /> : null}
          <ShipmentDocuments shipment={shipment} />
          <p>
            <Link to={`/shipments/${shipment.id}`}>The whole shipment</Link>
          </p>
        </>
      )}
    </section>
  );
}

function Findings(props: { shipment: Shipment }) {
  const findings = props.shipment.documentFindings;
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      {findings.length === 0 ? (
        <p>No findings recorded.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Documents</th>
              <th scope="col">Field</th>
              <th scope="col">Expected</th>
              <th scope="col">Actual</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((finding, index) => (
              <tr key={index}>
                <td>
                  <code>{finding.code}</code>
                </td>
                <td>{finding.documents.map(label).join(', ')}</td>
                <td>{finding.field}</td>
                <td>{finding.expected}</td>
                <td>{finding.actual}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Reasons for a rejection or a request for changes, in the codes verification uses. */
function ReasonsEditor(props: { reasons: Reason[]; onChange: (reasons: Reason[]) => void }) {
  const { reasons, onChange } = props;
  const update = (index: number, next: Reason) => onChange(reasons.map((r, i) => (i === index ? next : r)));
  return (
    <fieldset className="reasons">
      <legend>Reasons (for reject or request_changes)</legend>
      {reasons.map((reason, index) => (
        <div className="reason" key={index}>
          <div className="field">
            <label htmlFor={`reason-code-${index}`}>Reason code {index + 1}</label>
            <select
              id={`reason-code-${index}`}
              value={reason.code}
              onChange={(event) => update(index, { ...reason, code: toReasonCode(event.target.value) })}
            >
              {REASON_CODES.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`reason-document-${index}`}>Document type {index + 1}</label>
            <select
              id={`reason-document-${index}`}
              value={reason.documentType ?? ''}
              onChange={(event) => {
                const documentType = toDocumentType(event.target.value);
                const { documentType: _dropped, ...rest } = reason;
                update(index, documentType ? { ...rest, documentType } : rest);
              }}
            >
              <option value="">None</option>
              {DOCUMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {label(type)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`reason-message-${index}`}>Message {index + 1}</label>
            <input
              id={`reason-message-${index}`}
              value={reason.message ?? ''}
              onChange={(event) => update(index, { ...reason, message: event.target.value })}
            />
          </div>
          <button type="button" onClick={() => onChange(reasons.filter((_, i) => i !== index))}>
            Remove reason {index + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...reasons, { code: 'DOCUMENT_MISSING' }])}>
        Add a reason
      </button>
    </fieldset>
  );
}

function toReasonCode(value: string): ReasonCode {
  return REASON_CODES.find((code) => code === value) ?? 'OTHER';
}

function toDocumentType(value: string): DocumentType | undefined {
  return DOCUMENT_TYPES.find((type) => type === value);
}
