import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AchievementStatus, CooperationMode, Industry, IpType } from '@app/core';

export interface IpItem {
  type: IpType;
  number: string | null;
}

@Entity('achievements')
export class AchievementEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Unique per organisation (org_id, key), not globally. */
  @Column('text') key: string;
  @Column('uuid', { name: 'org_id' }) orgId: string;
  @Column('text') title: string;
  @Column('text') summary: string;
  @Column('text') industry: Industry;
  @Column('text', { array: true }) keywords: string[];
  @Column('integer') trl: number;
  @Column('jsonb') ip: IpItem[];
  @Column('text', { name: 'cooperation_modes', array: true }) cooperationModes: CooperationMode[];
  @Column('double precision', { name: 'asking_price_wan', nullable: true }) askingPriceWan: number | null;
  @Column('text') team: string;
  @Column('text') contact: string;
  @Column('text') status: AchievementStatus;
  @Column('date', { name: 'published_at', nullable: true }) publishedAt: string | null;
  @Column('date', { name: 'valid_until', nullable: true }) validUntil: string | null;
  @Column('integer') version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
