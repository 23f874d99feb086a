import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { humanize, label } from '../format';
import { ErrorNote, problemOf, type Problem } from './ErrorNote';
import { Facts } from './Facts';

type Supplier = Schemas['SupplierDetailView'];
type SupplierDocument = Schemas['SupplierDocumentView'];

/** A supplier's details, what it must hold, why verification stopped, and its documents, viewable inline. */
export function SupplierDetails(props: { supplier: Supplier; headingLevel?: 2 | 3 }) {
  const { supplier } = props;
  const [documents, setDocuments] = useState<SupplierDocument[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    void api
      .GET('/v1/suppliers/{id}/documents', { params: { path: { id: supplier.id }, query: { limit: 200 } } })
      .then(({ data, error, response }) => {
        if (data) setDocuments(data.items);
        else setProblem(problemOf(error, response));
      });
  }, [supplier.id]);

  return (
    <>
      <Facts
        items={[
          ['Legal name', supplier.legalName],
          ['Trading name', supplier.tradingName],
          ['Status', humanize(supplier.status)],
          ['Type', humanize(supplier.type)],
          ['TIN', supplier.tin],
          ['RDB registration', supplier.rdbRegistrationNumber],
          ['District', supplier.district],
          ['Address', supplier.address],
          ['Categories', supplier.categories.join(', ')],
          ['Contact', `${supplier.contact.name}, ${supplier.contact.email}, ${supplier.contact.phone}`],
        ]}
      />
      <section aria-labelledby="reasons-heading">
        <h2 id="reasons-heading">Verification reasons</h2>
        {supplier.reasons.length === 0 ? (
          <p>No reasons recorded: the automated checks passed.</p>
        ) : (
          <ul>
            {supplier.reasons.map((reason, index) => (
              <li key={index}>
                <code>{reason.code}</code>
                {reason.documentType ? ` (${label(reason.documentType)})` : ''}
                {reason.message ? `: ${reason.message}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Uploaded documents</h2>
        <ErrorNote problem={problem} />
        {documents === null ? (
          <p>Loading documents…</p>
        ) : documents.length === 0 ? (
          <p>No documents uploaded.</p>
        ) : (
          <ul className="documents">
            {documents.map((document) => (
              <DocumentItem key={document.id} supplierId={supplier.id} document={document} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** One uploaded document; its file is fetched with the session and shown in the page on request. */
function DocumentItem(props: { supplierId: string; document: SupplierDocument }) {
  const { document } = props;
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const name = `${label(document.type)}${document.number ? ` ${document.number}` : ''}`;

  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  const show = async () => {
    if (url) {
      setUrl(null);
      return;
    }
    const { data, error, response } = await api.GET('/v1/suppliers/{id}/documents/{docId}/file', {
      params: { path: { id: props.supplierId, docId: document.id } },
      parseAs: 'blob',
    });
    if (data) setUrl(URL.createObjectURL(data));
    else setProblem(problemOf(error, response));
  };

  return (
    <li>
      <p>
        <strong>{name}</strong> · issued {document.issuedOn ?? '—'} · expires {document.expiresOn ?? '—'} ·{' '}
        {Math.ceil(document.sizeBytes / 1024)} KB
      </p>
      <button type="button" onClick={() => void show()} aria-expanded={url !== null}>
        {url ? `Hide ${name}` : `View ${name}`}
      </button>
      <ErrorNote problem={problem} />
      {url === null ? null : document.contentType === 'application/pdf' ? (
        <iframe className="viewer" src={url} title={name} />
      ) : (
        <img className="viewer" src={url} alt={name} />
      )}
    </li>
  );
}
