import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CooperationMode, Industry, NeedStatus } from '@app/core';

@Entity('needs')
export class NeedEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Unique per organisation (org_id, key), not globally. */
  @Column('text') key: string;
  @Column('uuid', { name: 'org_id' }) orgId: string;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text') industry: Industry;
  @Column('text', { array: true }) keywords: string[];
  @Column('integer', { name: 'min_trl', nullable: true }) minTrl: number | null;
  @Column('double precision', { name: 'budget_wan', nullable: true }) budgetWan: number | null;
  @Column('text', { name: 'cooperation_modes', array: true }) cooperationModes: CooperationMode[];
  @Column('date', { nullable: true }) deadline: string | null;
  @Column('boolean') confidential: boolean;
  @Column('text') contact: string;
  @Column('text') status: NeedStatus;
  @Column('integer') version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
