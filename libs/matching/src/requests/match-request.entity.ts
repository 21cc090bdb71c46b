import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DeclineReason, MatchDirection, MatchRequestStatus } from './match-request.types';

@Entity('match_requests')
export class MatchRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') direction: MatchDirection;
  @Column('uuid', { name: 'achievement_id' }) achievementId: string;
  @Column('uuid', { name: 'need_id', nullable: true }) needId: string | null;
  @Column('uuid', { name: 'enterprise_org_id' }) enterpriseOrgId: string;
  @Column('uuid', { name: 'university_org_id' }) universityOrgId: string;
  @Column('uuid', { name: 'requested_by' }) requestedBy: string;
  @Column('uuid', { name: 'answered_by', nullable: true }) answeredBy: string | null;
  @Column('text') message: string;
  @Column('text') status: MatchRequestStatus;
  @Column('text', { name: 'decline_reason', nullable: true }) declineReason: DeclineReason | null;
  @Column('text', { name: 'decline_note', nullable: true }) declineNote: string | null;
  @Column('text', { name: 'close_reason', nullable: true }) closeReason: string | null;
  @Column('double precision', { name: 'contract_amount_wan', nullable: true }) contractAmountWan: number | null;
  @Column('text', { name: 'contract_number', nullable: true }) contractNumber: string | null;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'expiry_warned_at', nullable: true }) expiryWarnedAt: Date | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt: Date | null;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column('timestamptz', { name: 'signed_at', nullable: true }) signedAt: Date | null;
  @Column('integer') version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
