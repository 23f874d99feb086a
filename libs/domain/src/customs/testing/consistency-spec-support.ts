/**
 * Test support for the consistency specs: the findings of a fixture's papers after one edit.
 * Not exported from the library.
 */

import { checkDocumentSet } from '..';
import type { DocumentFinding, DocumentSet } from '../document-data';
import { buildDocumentSet, type DocumentSetSpec } from './testing-document-set';

/** The findings of a fixture's papers after `change` edits exactly one thing in them. */
export function findingsAfter(spec: DocumentSetSpec, change: (set: DocumentSet) => void): DocumentFinding[] {
  const { set, context } = buildDocumentSet(spec);
  change(set);
  return checkDocumentSet(set, context);
}

/** The postal declaration of a package, which a spec is about to edit. */
export function postal(set: DocumentSet, reference: string) {
  const declaration = set.postalDeclarations.find((d) => d.packageReference === reference);
  if (!declaration) throw new Error(`no postal declaration for ${reference}`);
  return declaration;
}
