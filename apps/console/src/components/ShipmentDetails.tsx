import type { Schemas } from '../api/client';
import { humanize, label, when } from '../format';
import { Facts } from './Facts';

type Shipment = Schemas['ShipmentDetailView'];

export function ShipmentFacts(props: { shipment: Shipment }) {
  const { shipment } = props;
  return (
    <Facts
      items={[
        ['Status', humanize(shipment.status)],
        [
          'Tracking number',
          shipment.trackingNumber ? (
            <a href={`/track/${encodeURIComponent(shipment.trackingNumber)}`}>{shipment.trackingNumber}</a>
          ) : null,
        ],
        ['Carrier', shipment.carrier],
        ['Mode', humanize(shipment.mode)],
        ['Store', shipment.storeCode],
        ['Lots', [...new Set(shipment.lines.map((line) => line.lotNumber))].join(', ')],
        ['Packages', String(shipment.packages.length)],
        ['Gross weight', `${shipment.totals.grossWeightKg} kg`],
        ['Value', `${shipment.totals.value.amount} ${shipment.totals.value.currency}`],
      ]}
    />
  );
}

/** The newest version of each document, each a download link fetched with the session. */
export function ShipmentDocuments(props: { shipment: Shipment }) {
  const { shipment } = props;
  return (
    <section aria-labelledby="shipment-documents-heading">
      <h2 id="shipment-documents-heading">Documents</h2>
      {shipment.documents.length === 0 ? (
        <p>No documents yet.</p>
      ) : (
        <ul>
          {shipment.documents.map((document) => (
            <li key={document.id}>
              <a href={`/v1/shipments/${shipment.id}/documents/${document.id}`} download>
                {label(document.type)}
                {document.packageReference ? ` ${document.packageReference}` : ''} (version {document.version}, PDF)
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CarrierEvents(props: { shipment: Shipment }) {
  const { events } = props.shipment;
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">Carrier events</h2>
      {events.length === 0 ? (
        <p>No carrier events yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Event</th>
              <th scope="col">Where</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.eventId}>
                <td>{when(event.occurredAt)}</td>
                <td>
                  <code>{event.code}</code>
                </td>
                <td>{event.location}</td>
                <td>{event.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
