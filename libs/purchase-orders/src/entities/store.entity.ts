import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A Freshippo store that orders from Rwandan suppliers, with the airport its goods fly to. */
@Entity('store')
export class Store {
  /** The store's code, e.g. `FS-SHA-001`: its key, and what a buyer API key is scoped to. */
  @PrimaryColumn('text')
  code: string;

  /** English name. */
  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  /** Chinese name, printed on labels and papers for China. */
  @Column({ name: 'name_zh', type: 'text' })
  nameZh: string;

  /** City, in English. */
  @Column({ name: 'city_en', type: 'text' })
  cityEn: string;

  /** City, in Chinese. */
  @Column({ name: 'city_zh', type: 'text' })
  cityZh: string;

  /** Delivery address, in English. */
  @Column({ name: 'address_en', type: 'text' })
  addressEn: string;

  /** Delivery address, in Chinese, as the label prints it. */
  @Column({ name: 'address_zh', type: 'text' })
  addressZh: string;

  /** IATA code of the airport the store's goods fly to, e.g. `PVG`. */
  @Column({ name: 'destination_airport', type: 'char', length: 3 })
  destinationAirport: string;

  /** When the row was inserted (set by the database). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
