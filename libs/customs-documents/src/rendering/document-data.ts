/** The document data types live in the domain, where the consistency engine checks them. */
export * from '@corridor/domain/customs/document-data';
