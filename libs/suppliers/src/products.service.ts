import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { DomainError, hsCodeProblem, isStaff, parseKg, type Actor, type ProductCategory } from '@corridor/domain';
import { decodeIdCursor, newId, toPage, type Page } from '@corridor/persistence';
import { Product } from './entities/product.entity';
import type { CreateProductDto, ProductAttributesDto } from './dto/create-product.dto';
import { SuppliersService } from './suppliers.service';
import { toProductView, type ProductView } from './supplier.views';

/** Which attribute keys each category takes; any other key is refused. */
const ATTRIBUTES_BY_CATEGORY: Readonly<Record<ProductCategory, readonly (keyof ProductAttributesDto)[]>> = {
  coffee: ['process', 'screenSize', 'cuppingScore', 'altitudeM', 'washingStation'],
  chili: ['variety', 'heatScoville'],
};

/** The product catalogue of each supplier, with the tariff rules of the contract. */
@Injectable()
export class ProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppliers: SuppliersService,
  ) {}

  /**
   * Registers a product for a supplier the actor may act for (staff, or the supplier's own exporter key; others get
   * `404`). Refuses a category the supplier is not registered for or an HS code that does not fit the form
   * (`BUSINESS_RULE_VIOLATED`), a gross weight below the net or an attribute the category does not take
   * (`VALIDATION_FAILED`), and a SKU the supplier already has (`409 CONFLICT`).
   */
  async create(supplierId: string, dto: CreateProductDto, actor: Actor): Promise<ProductView> {
    const supplier = await this.suppliers.findVisible(this.dataSource.manager, supplierId, actor);
    if (!isStaff(actor) && actor.supplierId !== supplier.id) throw DomainError.notFound('supplier');
    if (!supplier.categories.includes(dto.category)) {
      throw DomainError.rule(
        `supplier is registered for ${supplier.categories.join(', ')}, not ${dto.category}`,
        'category',
      );
    }
    const hsProblem = hsCodeProblem(dto);
    if (hsProblem) throw DomainError.rule(hsProblem, 'hsCode');
    const net = parseKg(dto.unitNetWeightKg, 'unitNetWeightKg');
    const gross = parseKg(dto.unitGrossWeightKg, 'unitGrossWeightKg');
    if (net <= 0) throw DomainError.validation('unitNetWeightKg', 'must be greater than 0');
    if (gross < net) throw DomainError.validation('unitGrossWeightKg', 'must not be below unitNetWeightKg');
    const attributes = Object.fromEntries(Object.entries(dto.attributes ?? {}).filter(([, v]) => v !== undefined));
    const allowed = ATTRIBUTES_BY_CATEGORY[dto.category] as readonly string[];
    const stray = Object.keys(attributes).find((k) => !allowed.includes(k));
    if (stray)
      throw DomainError.validation(
        `attributes.${stray}`,
        `is not an attribute of ${dto.category} (allowed: ${allowed.join(', ')})`,
      );
    const id = newId();
    try {
      await this.dataSource.getRepository(Product).insert({
        id,
        supplierId,
        sku: dto.sku,
        nameEn: dto.name.en,
        nameZh: dto.name.zh,
        category: dto.category,
        form: dto.form,
        hsCode: dto.hsCode,
        botanicalName: dto.botanicalName ?? null,
        packaging: dto.packaging,
        unitNetWeightG: net,
        unitGrossWeightG: gross,
        shelfLifeDays: dto.shelfLifeDays,
        attributes,
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw DomainError.conflict(`SKU ${dto.sku} already exists for this supplier`, 'sku');
      }
      throw error;
    }
    return toProductView(await this.dataSource.getRepository(Product).findOneByOrFail({ id }));
  }

  /** One page of a supplier's products, newest first; `404` for a supplier the actor may not see. */
  async list(supplierId: string, actor: Actor, page: { limit: number; cursor?: string }): Promise<Page<ProductView>> {
    await this.suppliers.findVisible(this.dataSource.manager, supplierId, actor);
    const qb = this.dataSource
      .getRepository(Product)
      .createQueryBuilder('p')
      .where('p.supplier_id = :supplierId', { supplierId })
      .orderBy('p.id', 'DESC')
      .take(page.limit + 1);
    const after = decodeIdCursor(page.cursor);
    if (after) qb.andWhere('p.id < :after', { after });
    return toPage(await qb.getMany(), page.limit, (p) => p.id, toProductView);
  }

  /** One product; `404` when there is none or its supplier is outside the actor's scope. */
  async get(id: string, actor: Actor): Promise<ProductView> {
    const product = await this.dataSource.getRepository(Product).findOneBy({ id });
    if (!product) throw DomainError.notFound('product');
    await this.suppliers.findVisible(this.dataSource.manager, product.supplierId, actor).catch(() => {
      throw DomainError.notFound('product');
    });
    return toProductView(product);
  }

  /** A supplier's products by SKU, for order lines. */
  async bySkus(manager: EntityManager, supplierId: string, skus: string[]): Promise<Map<string, Product>> {
    const rows = await manager.getRepository(Product).findBy({ supplierId, sku: In(skus) });
    return new Map(rows.map((p) => [p.sku, p]));
  }
}
