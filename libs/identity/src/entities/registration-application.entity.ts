import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum RegistrationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

@Entity('registration_applications')
export class RegistrationApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'org_name' }) orgName: string;
  @Column('text', { name: 'credit_code' }) creditCode: string;
  @Column('text') region: string;
  @Column('text', { name: 'contact_name' }) contactName: string;
  @Column('text', { name: 'contact_email' }) contactEmail: string;
  @Column('text', { name: 'contact_phone', nullable: true }) contactPhone: string | null;
  @Column('text') status: RegistrationStatus;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('uuid', { name: 'org_id', nullable: true }) orgId: string | null;
  @Column('integer') version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
