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
  EVENT_MEETING_REQUESTED = 'EVENT_MEETING_REQUESTED',
  EVENT_MEETING_ACCEPTED = 'EVENT_MEETING_ACCEPTED',
  EVENT_MEETING_DECLINED = 'EVENT_MEETING_DECLINED',
  EVENT_MEETING_REQUEST_EXPIRING = 'EVENT_MEETING_REQUEST_EXPIRING',
  EVENT_SCHEDULE_PUBLISHED = 'EVENT_SCHEDULE_PUBLISHED',
  EVENT_MEETING_ADDED = 'EVENT_MEETING_ADDED',
  EVENT_MEETING_MOVED = 'EVENT_MEETING_MOVED',
  EVENT_MEETING_CANCELLED = 'EVENT_MEETING_CANCELLED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  EVENT_REMINDER = 'EVENT_REMINDER',
}

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') kind: NotificationKind;
  @Column('uuid', { name: 'match_request_id', nullable: true }) matchRequestId: string | null;
  /** Set for a matchmaking event's notices. */
  @Column('uuid', { name: 'event_id', nullable: true }) eventId: string | null;
  /** The Chinese text (the default language). */
  @Column('text') message: string;
  /** The English text; null for notices written before both were kept. */
  @Column('text', { name: 'message_en', nullable: true }) messageEn: string | null;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
