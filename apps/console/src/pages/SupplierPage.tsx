import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ErrorNote, problemOf, type Problem } from '../components/ErrorNote';
import { History } from '../components/History';
import { SupplierDetails } from '../components/SupplierDetails';
import { Link } from '../router';

/** A supplier: details, documents, verification reasons and history. */
export function SupplierPage(props: { id: string }) {
  const [supplier, setSupplier] = useState<Schemas['SupplierDetailView'] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    void api.GET('/v1/suppliers/{id}', { params: { path: { id: props.id } } }).then(({ data, error, response }) => {
      if (data) setSupplier(data);
      else setProblem(problemOf(error, response));
    });
  }, [props.id]);
  return (
    <>
      <p className="crumbs">
        <Link to="/suppliers">Suppliers</Link>
      </p>
      <h1>{supplier ? supplier.legalName : 'Supplier'}</h1>
      <ErrorNote problem={problem} />
      {supplier === null ? (
        problem ? null : (
          <p aria-live="polite">Loading the supplier…</p>
        )
      ) : (
        <>
          <SupplierDetails supplier={supplier} />
          <History items={supplier.history} />
        </>
      )}
    </>
  );
}
