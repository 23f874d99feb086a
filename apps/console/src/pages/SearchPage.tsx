import { useEffect, useState, type FormEvent } from 'react';
import { api, type Schemas } from '../api/client';
import { ErrorNote, problemOf, type Problem } from '../components/ErrorNote';
import { humanize } from '../format';
import { Link, navigate } from '../router';

/** Shipments by tracking number, buyer reference, lot number or supplier name; the query is in the address. */
export function SearchPage(props: { query: string }) {
  const [typed, setTyped] = useState(props.query);
  const [results, setResults] = useState<Schemas['ShipmentView'][] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    setTyped(props.query);
    if (props.query.trim() === '') {
      setResults(null);
      return;
    }
    void api
      .GET('/v1/shipments', { params: { query: { q: props.query.trim(), limit: 50 } } })
      .then(({ data, error, response }) => {
        if (data) {
          setProblem(null);
          setResults(data.items);
        } else setProblem(problemOf(error, response));
      });
  }, [props.query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(typed.trim())}`);
  };

  return (
    <>
      <h1>Search shipments</h1>
      <form role="search" className="search" onSubmit={submit}>
        <label htmlFor="search">Search</label>
        <input
          id="search"
          type="search"
          value={typed}
          placeholder="Tracking number, buyer reference, lot or supplier"
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit">Find</button>
      </form>
      <ErrorNote problem={problem} />
      {results === null ? null : results.length === 0 ? (
        <p role="status">No shipment matches “{props.query}”.</p>
      ) : (
        <ul className="list" aria-label="Shipments found">
          {results.map((shipment) => (
            <li key={shipment.id}>
              <Link to={`/shipments/${shipment.id}`}>Shipment {shipment.trackingNumber ?? shipment.id}</Link>
              <span className="meta">
                {humanize(shipment.status)} · {shipment.storeCode} · lots{' '}
                {[...new Set(shipment.lines.map((line) => line.lotNumber))].join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
