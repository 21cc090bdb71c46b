import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationKind } from '@app/core';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { nullable: true, unique: true }) key: string | null;
  @Column('text', { unique: true }) name: string;
  @Column('text') kind: OrganizationKind;
  @Column('text') region: string;
  @Column('text', { name: 'credit_code', nullable: true }) creditCode: string | null;
  @Column('integer') version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
