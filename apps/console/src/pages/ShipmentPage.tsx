import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ErrorNote, problemOf, type Problem } from '../components/ErrorNote';
import { History } from '../components/History';
import { CarrierEvents, ShipmentDocuments, ShipmentFacts } from '../components/ShipmentDetails';
import { Link } from '../router';

/** A shipment: its facts, documents, carrier events and history. */
export function ShipmentPage(props: { id: string }) {
  const [shipment, setShipment] = useState<Schemas['ShipmentDetailView'] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    void api.GET('/v1/shipments/{id}', { params: { path: { id: props.id } } }).then(({ data, error, response }) => {
      if (data) setShipment(data);
      else setProblem(problemOf(error, response));
    });
  }, [props.id]);
  return (
    <>
      <h1>Shipment {shipment?.trackingNumber ?? ''}</h1>
      <ErrorNote problem={problem} />
      {shipment === null ? (
        problem ? null : (
          <p aria-live="polite">Loading the shipment…</p>
        )
      ) : (
        <>
          <ShipmentFacts shipment={shipment} />
          <p>
            <Link to={`/suppliers/${shipment.supplierId}`}>The supplier</Link>
          </p>
          <History items={shipment.history} title="Timeline" />
          <ShipmentDocuments shipment={shipment} />
          <CarrierEvents shipment={shipment} />
        </>
      )}
    </>
  );
}
