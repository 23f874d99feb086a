import type { Run } from '../checks/run';
import { checkValuedDocument } from '../checks/valued-document';
import type { DocumentSet } from '../document-data';

/** The certificate of origin restates the invoice for the issuing authority, lots included. */
export function checkCertificateOfOrigin(run: Run, certificate: NonNullable<DocumentSet['certificateOfOrigin']>): void {
  checkValuedDocument(run, {
    type: 'certificate_of_origin',
    path: 'certificateOfOrigin',
    lines: { key: 'lines', carriesLots: true, values: certificate.lines },
    terms: null,
    document: certificate,
  });
}
