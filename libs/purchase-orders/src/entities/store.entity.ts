import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A Freshippo store that orders from Rwandan suppliers, with the airport its goods fly to. */
@Entity('store')
export class Store {
  @PrimaryColumn('text')
  code: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh: string;

  @Column({ name: 'city_en', type: 'text' })
  cityEn: string;

  @Column({ name: 'city_zh', type: 'text' })
  cityZh: string;

  @Column({ name: 'address_en', type: 'text' })
  addressEn: string;

  @Column({ name: 'address_zh', type: 'text' })
  addressZh: string;

  @Column({ name: 'destination_airport', type: 'char', length: 3 })
  destinationAirport: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
