import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '@corridor/domain';
import { toPage, type Page } from '@corridor/persistence';
import { Store } from './entities/store.entity';
import type { CreateStoreDto } from './dto/create-store.dto';

/** A store as the API returns it: names, city and address as `{ en, zh }`. */
export function toStoreView(s: Store) {
  return {
    code: s.code,
    name: { en: s.nameEn, zh: s.nameZh },
    city: { en: s.cityEn, zh: s.cityZh },
    address: { en: s.addressEn, zh: s.addressZh },
    destinationAirport: s.destinationAirport,
  };
}
/** The contract's store object; see {@link toStoreView}. */
export type StoreView = ReturnType<typeof toStoreView>;

/** The Freshippo stores, listed by code. */
@Injectable()
export class StoresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of stores by code. Throws `VALIDATION_FAILED` on `cursor` for a cursor this list did not give out. */
  async list(page: { limit: number; cursor?: string }): Promise<Page<StoreView>> {
    const qb = this.dataSource
      .getRepository(Store)
      .createQueryBuilder('s')
      .orderBy('s.code', 'ASC')
      .take(page.limit + 1);
    if (page.cursor) {
      const after = Buffer.from(page.cursor, 'base64url').toString('utf8');
      if (!/^[A-Z]{2}-[A-Z]{3}-\d{3}$/.test(after))
        throw DomainError.validation('cursor', 'is not a cursor this API gave out');
      qb.where('s.code > :after', { after });
    }
    return toPage(await qb.getMany(), page.limit, (s) => s.code, toStoreView);
  }

  /** Adds a store. Throws `409 CONFLICT` on `code` when a store with that code exists. */
  async create(dto: CreateStoreDto): Promise<StoreView> {
    try {
      await this.dataSource.getRepository(Store).insert({
        code: dto.code,
        nameEn: dto.name.en,
        nameZh: dto.name.zh,
        cityEn: dto.city.en,
        cityZh: dto.city.zh,
        addressEn: dto.address.en,
        addressZh: dto.address.zh,
        destinationAirport: dto.destinationAirport,
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw DomainError.conflict(`store ${dto.code} already exists`, 'code');
      }
      throw error;
    }
    return toStoreView(await this.dataSource.getRepository(Store).findOneByOrFail({ code: dto.code }));
  }

  /** The store with `code`, read with `manager` (so inside the caller's transaction), or null when there is none. */
  async find(manager: EntityManager, code: string): Promise<Store | null> {
    return manager.getRepository(Store).findOneBy({ code });
  }
}
