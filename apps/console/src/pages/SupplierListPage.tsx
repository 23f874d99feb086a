import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ErrorNote, problemOf, type Problem } from '../components/ErrorNote';
import { humanize } from '../format';
import { Link, navigate } from '../router';

type Status = Schemas['SupplierStatus'];

const STATUSES: readonly Status[] = [
  'draft',
  'submitted',
  'verifying',
  'in_review',
  'approved',
  'rejected',
  'changes_requested',
  'suspended',
];

/** Every supplier, filtered by status; the filter is part of the address. */
export function SupplierListPage(props: { status: string | null; query: string }) {
  const status = STATUSES.find((s) => s === props.status);
  const query = props.query.trim();
  const [typed, setTyped] = useState(query);
  const [suppliers, setSuppliers] = useState<Schemas['SupplierView'][] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    setSuppliers(null);
    void api
      .GET('/v1/suppliers', {
        params: { query: { limit: 200, ...(status ? { status } : {}), ...(query ? { q: query } : {}) } },
      })
      .then(({ data, error, response }) => {
        if (data) setSuppliers(data.items);
        else setProblem(problemOf(error, response));
      });
  }, [status, query]);

  const go = (next: { status?: Status; q: string }) => {
    const search = new URLSearchParams();
    if (next.status) search.set('status', next.status);
    if (next.q) search.set('q', next.q);
    const rest = search.toString();
    navigate(rest ? `/suppliers?${rest}` : '/suppliers');
  };

  return (
    <>
      <h1>Suppliers</h1>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          go({ status, q: typed.trim() });
        }}
      >
        <div className="field">
          <label htmlFor="supplier-status">Status</label>
          <select
            id="supplier-status"
            value={status ?? ''}
            onChange={(event) =>
              navigate(event.target.value ? `/suppliers?status=${event.target.value}` : '/suppliers')
            }
          >
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="supplier-query">Name or TIN</label>
          <input id="supplier-query" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
        <div className="field">
          <button type="submit">Filter</button>
        </div>
      </form>
      <ErrorNote problem={problem} />
      {suppliers === null ? (
        problem ? null : (
          <p aria-live="polite">Loading suppliers…</p>
        )
      ) : suppliers.length === 0 ? (
        <p>No suppliers{status ? ` ${humanize(status).toLowerCase()}` : ''}.</p>
      ) : (
        <ul className="list" aria-label="Suppliers">
          {suppliers.map((supplier) => (
            <li key={supplier.id}>
              <Link to={`/suppliers/${supplier.id}`}>{supplier.legalName}</Link>
              <span className="meta">
                {humanize(supplier.status)} · {supplier.district} · {supplier.categories.join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
