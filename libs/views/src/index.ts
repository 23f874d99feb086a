export * from './order-views.service';
export * from './shipment-views.service';
export * from './views.module';
