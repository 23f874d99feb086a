/**
 * Set-level checks: the right papers for the goods and the mode, the incoterm the mode allows,
 * and the GACC registration food needs.
 */

import { INCOTERMS } from '../../purchase-order';
import type { ShipmentMode } from '../../shipment';
import { add } from '../checks/rules';
import { ABSENT, PRESENT, distinct, type Documents, type Run } from '../checks/run';
import { postalForm, postalPath } from '../postal-declaration/postal-declaration.check';

/** The Incoterms 2020 rules each mode takes: every mode Corridor ships by is air or post. */
const INCOTERMS_BY_MODE: Readonly<Record<ShipmentMode, readonly string[]>> = {
  postal: INCOTERMS,
  courier: INCOTERMS,
  air_cargo: INCOTERMS,
};
/** The papers the shipment needs, and none it must not carry. */
export function checkPresence(run: Run): void {
  const { set, context } = run;
  if (!set.certificateOfOrigin) {
    add(run, {
      code: 'CERTIFICATE_OF_ORIGIN_MISSING',
      documents: ['certificate_of_origin'],
      field: 'certificateOfOrigin',
      expected: PRESENT,
      actual: ABSENT,
    });
  }
  if (!set.exportDeclaration) {
    add(run, {
      code: 'EXPORT_DECLARATION_MISSING',
      documents: ['export_declaration'],
      field: 'exportDeclaration',
      expected: PRESENT,
      actual: ABSENT,
    });
  }
  if (run.plantSkus.length > 0 && !set.phytosanitaryRequest) {
    add(run, {
      code: 'PHYTOSANITARY_MISSING',
      documents: ['phytosanitary_request'],
      field: 'phytosanitaryRequest',
      expected: PRESENT,
      actual: ABSENT,
    });
  }
  if (run.plantSkus.length === 0 && set.phytosanitaryRequest) {
    add(run, {
      code: 'PHYTOSANITARY_UNEXPECTED',
      documents: ['phytosanitary_request'],
      field: 'phytosanitaryRequest',
      expected: ABSENT,
      actual: PRESENT,
    });
  }
  if (context.mode !== 'postal') {
    for (const declaration of set.postalDeclarations) {
      add(run, {
        code: 'POSTAL_DECLARATION_UNEXPECTED',
        documents: [postalForm(declaration)],
        field: postalPath(declaration),
        expected: ABSENT,
        actual: PRESENT,
      });
    }
    return;
  }
  for (const reference of run.packages.keys()) {
    const declarations = set.postalDeclarations.filter((d) => d.packageReference === reference);
    if (declarations.length === 1) continue;
    add(run, {
      code: declarations.length === 0 ? 'POSTAL_DECLARATION_MISSING' : 'POSTAL_DECLARATION_UNEXPECTED',
      documents: ['packing_list', ...distinct(declarations.map(postalForm))] as Documents,
      field: `postalDeclarations[${reference}]`,
      expected: declarations.length === 0 ? PRESENT : '1',
      actual: declarations.length === 0 ? ABSENT : String(declarations.length),
    });
  }
  for (const declaration of set.postalDeclarations) {
    if (run.packages.has(declaration.packageReference)) continue;
    add(run, {
      code: 'POSTAL_DECLARATION_UNEXPECTED',
      documents: ['packing_list', postalForm(declaration)],
      field: postalPath(declaration),
      expected: ABSENT,
      actual: PRESENT,
    });
  }
}

/** FOB, CFR, CIF and FAS are for sea and inland waterway; air and post take FCA, CPT, CIP or DAP. */
export function checkIncotermForMode(run: Run): void {
  const allowed = INCOTERMS_BY_MODE[run.context.mode] ?? [];
  if (allowed.includes(run.context.incoterm)) return;
  const { set } = run;
  const documents: Documents = ['commercial_invoice'];
  if (set.packingList.incoterm !== undefined) documents.push('packing_list');
  if (set.exportDeclaration) documents.push('export_declaration');
  add(run, {
    code: 'INCOTERM_INVALID_FOR_MODE',
    documents,
    field: 'invoice.incoterm',
    expected: allowed.join(', '),
    actual: run.context.incoterm,
  });
}

/** GACC Decree 248: no food enters China from a producer without a registration number. */
export function checkGaccRegistration(run: Run): void {
  const food = [...run.shipped.keys()].some((sku) => run.context.products[sku]?.food === true);
  if (!food || (run.set.invoice.seller.gaccRegistrationNumber ?? '').trim() !== '') return;
  add(run, {
    code: 'GACC_MISSING',
    documents: ['commercial_invoice'],
    field: 'invoice.seller.gaccRegistrationNumber',
    expected: PRESENT,
    actual: ABSENT,
  });
}
