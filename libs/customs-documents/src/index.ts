export * from './shipment-document.entity';
export * from './rendering/document-data';
export * from './customs-documents.service';
export * from './customs-documents.processor';
export * from './customs-documents.module';
