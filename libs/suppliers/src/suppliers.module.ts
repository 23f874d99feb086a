import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Supplier } from './entities/supplier.entity';
import { SupplierDocument } from './entities/supplier-document.entity';
import { Product } from './entities/product.entity';
import { SupplierNotification } from './entities/supplier-notification.entity';
import { SuppliersService } from './suppliers.service';
import { ProductsService } from './products.service';

/**
 * Suppliers, their documents, notifications and product catalogue. The processors of its queue are not provided here:
 * the worker adds them.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Supplier, SupplierDocument, Product, SupplierNotification])],
  providers: [SuppliersService, ProductsService],
  exports: [SuppliersService, ProductsService],
})
export class SuppliersModule {}
