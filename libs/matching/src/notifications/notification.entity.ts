import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  MATCH_REQUESTED = 'MATCH_REQUESTED',
  MATCH_ACCEPTED = 'MATCH_ACCEPTED',
  MATCH_DECLINED = 'MATCH_DECLINED',
  MATCH_WITHDRAWN = 'MATCH_WITHDRAWN',
  MATCH_EXPIRING = 'MATCH_EXPIRING',
  MATCH_EXPIRED = 'MATCH_EXPIRED',
  MATCH_STAGE_CHANGED = 'MATCH_STAGE_CHANGED',
  MATCH_CLOSED = 'MATCH_CLOSED',
}

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') kind: NotificationKind;
  @Column('uuid', { name: 'match_request_id', nullable: true }) matchRequestId: string | null;
  @Column('text') message: string;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
