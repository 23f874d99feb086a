import type { Run } from '../checks/run';
import { checkValuedDocument } from '../checks/valued-document';
import type { DocumentSet } from '../document-data';

/** The export declaration restates the invoice for Customs, terms of delivery included. */
export function checkExportDeclaration(run: Run, declaration: NonNullable<DocumentSet['exportDeclaration']>): void {
  checkValuedDocument(run, {
    type: 'export_declaration',
    path: 'exportDeclaration',
    lines: { key: 'items', carriesLots: false, values: declaration.items },
    terms: { incoterm: declaration.incoterm, namedPlace: declaration.namedPlace },
    document: declaration,
  });
}
