import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@app/core';
import type { Locale } from '@app/mail';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'org_id' }) orgId: string;
  @Column('text', { unique: true }) email: string;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text') role: Role;
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash: string | null;
  @Column('text', { name: 'invitation_hash', nullable: true, select: false }) invitationHash: string | null;
  @Column('timestamptz', { name: 'invitation_expires_at', nullable: true }) invitationExpiresAt: Date | null;
  /** Bumped when access tokens must stop at once (deactivation, role or organisation change, password reset). */
  @Column('integer', { name: 'token_version', default: 1 }) tokenVersion: number;
  @Column('timestamptz', { name: 'deactivated_at', nullable: true }) deactivatedAt: Date | null;
  @Column('text', { default: 'zh-CN' }) locale: Locale;
  @Column('boolean', { name: 'org_admin', default: false }) orgAdmin: boolean;
  @Column('integer') version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
