/**
 * The customs engine: how the papers of one shipment are built from its facts, and whether they
 * agree with each other and with the shipment as packed. One folder per document holds how that
 * document is built and how it is checked; `document-set/` holds what concerns the set as a whole;
 * `checks/` and `building/` what the documents share. This file composes them.
 *
 * The consistency check: whether the papers of one shipment agree with each other and with the
 * shipment as packed. Inconsistent papers are the commonest cause of a shipment held at customs,
 * so every document is held to the same references before anything is handed to a carrier:
 *
 * - the shipment's lines (`context.shippedLines`) for which SKUs, lots and quantities must be on
 *   the papers;
 * - the commercial invoice for HS codes, values, currency, per-SKU weights, the named place and
 *   the exporter;
 * - the packing list for packages and total weights (it is where the goods were weighed);
 * - the order (`context.incoterm`) and the UPU limits (`context.cn22`).
 *
 * Findings come out in a fixed order: the papers the shipment needs, the incoterm, the GACC
 * registration, then document by document (invoice, packing list, export declaration,
 * certificate of origin, phytosanitary request, postal declarations in package order), each in
 * the order of its checks and lines. Amounts and weights are compared as integer minor units and
 * grams, never as floats, so "5.0" and "5.000" agree.
 *
 * Conventions of a {@link DocumentFinding}:
 * - `field` is a path into the {@link DocumentSet} (`invoice.lines[CHL-DW-250].hsCode`,
 *   `packingList.packages[PKG-1].netWeightKg`, `postalDeclarations[PKG-1].form`). A list entry is
 *   named by its SKU, or `SKU/LOT` when a document carries the SKU on several lines, and a package
 *   or postal declaration by its package reference. `packingList.packages[*].contents[SKU]` is a
 *   SKU summed over every package; `postalDeclarations[*]` the same over every declaration.
 * - `documents` names the reference document first when the reference is a document, then the
 *   document the field points into; a finding against the shipment or the order names one.
 * - `expected` is the reference's value, `actual` the document's: quantities as integers, weights
 *   as kg strings, amounts as amount strings, lists joined with ", "; presence as "present" or
 *   "absent"; a missing registration number as "".
 */

import type { ConsistencyContext, DocumentFinding, DocumentSet } from './document-data';
import { documentBasis } from './building/basis';
import { prepare } from './checks/run';
import { buildCertificateOfOrigin } from './certificate-of-origin/certificate-of-origin.build';
import { checkCertificateOfOrigin } from './certificate-of-origin/certificate-of-origin.check';
import { buildCommercialInvoice } from './commercial-invoice/commercial-invoice.build';
import { checkInvoice } from './commercial-invoice/commercial-invoice.check';
import { buildConsistencyContext } from './document-set/consistency-context.build';
import { checkGaccRegistration, checkIncotermForMode, checkPresence } from './document-set/document-set.check';
import { buildExportDeclaration } from './export-declaration/export-declaration.build';
import { checkExportDeclaration } from './export-declaration/export-declaration.check';
import { buildPackingList } from './packing-list/packing-list.build';
import { checkPackingList } from './packing-list/packing-list.check';
import { buildPhytosanitaryRequest } from './phytosanitary-request/phytosanitary-request.build';
import { checkPhytosanitaryRequest } from './phytosanitary-request/phytosanitary-request.check';
import { buildPostalDeclarations } from './postal-declaration/postal-declaration.build';
import { checkPostalDeclarations } from './postal-declaration/postal-declaration.check';
import type { ShipmentFacts } from './shipment-facts';

export * from './document-data';
export * from './corridor-facts';
export * from './postal-form';
export * from './shipment-facts';

/**
 * The whole document set of a shipment, from one set of facts. Each paper takes its figures
 * from where its issuer would: the invoice from the order (prices, the HS code ordered), the
 * packing list from the parcels as weighed, the declaration, certificate of origin and postal
 * declarations from the product register (HS codes now), the CN22/CN23 choice from packing.
 * So a fact that changed between order, packing and papers shows up as a disagreement that
 * the consistency check names, instead of being silently papered over. Pure: no I/O.
 */
export function buildDocumentSet(
  facts: ShipmentFacts,
  version: number,
): { set: DocumentSet; context: ConsistencyContext } {
  const basis = documentBasis(facts, version);
  const invoice = buildCommercialInvoice(basis);
  const packingList = buildPackingList(basis);
  const certificateOfOrigin = buildCertificateOfOrigin(basis, invoice);
  const phytosanitaryRequest = buildPhytosanitaryRequest(basis);
  const exportDeclaration = buildExportDeclaration(basis, {
    invoice,
    packingList,
    certificateOfOrigin,
    phytosanitaryRequest,
  });
  const postalDeclarations = buildPostalDeclarations(basis, { invoice, certificateOfOrigin, phytosanitaryRequest });
  return {
    set: { invoice, packingList, certificateOfOrigin, phytosanitaryRequest, exportDeclaration, postalDeclarations },
    context: buildConsistencyContext(basis),
  };
}

/** Every disagreement in a shipment's papers; `[]` when they are consistent. Pure and deterministic. */
export function checkDocumentSet(set: DocumentSet, context: ConsistencyContext): DocumentFinding[] {
  const run = prepare(set, context);
  checkPresence(run);
  checkIncotermForMode(run);
  checkGaccRegistration(run);
  checkInvoice(run);
  checkPackingList(run);
  if (set.exportDeclaration) checkExportDeclaration(run, set.exportDeclaration);
  if (set.certificateOfOrigin) checkCertificateOfOrigin(run, set.certificateOfOrigin);
  if (set.phytosanitaryRequest && run.plantSkus.length > 0) checkPhytosanitaryRequest(run, set.phytosanitaryRequest);
  if (context.mode === 'postal') checkPostalDeclarations(run);
  return run.findings;
}
