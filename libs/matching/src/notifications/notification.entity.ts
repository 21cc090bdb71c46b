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
  LISTING_EXPIRING = 'LISTING_EXPIRING',
}

export type ListingType = 'ACHIEVEMENT' | 'NEED';

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') kind: NotificationKind;
  @Column('uuid', { name: 'match_request_id', nullable: true }) matchRequestId: string | null;
  /** Set for a matchmaking event's notices. */
  @Column('uuid', { name: 'event_id', nullable: true }) eventId: string | null;
  /** Chinese; `messageEn` beside it (null on rows written before notices were bilingual). */
  @Column('text') message: string;
  @Column('text', { name: 'message_en', nullable: true }) messageEn: string | null;
  /** Set for a notice about a listing (a published achievement or an open need). */
  @Column('text', { name: 'listing_type', nullable: true }) listingType: ListingType | null;
  @Column('uuid', { name: 'listing_id', nullable: true }) listingId: string | null;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Where a notice leads in the web app: the match request, the event, or the listing's form to renew it. */
export function noticePath(n: {
  matchRequestId: string | null;
  eventId?: string | null;
  listingType?: ListingType | null;
  listingId?: string | null;
}): string {
  if (n.matchRequestId) return `/match-requests/${n.matchRequestId}`;
  if (n.eventId) return `/events/${n.eventId}`;
  if (n.listingType && n.listingId)
    return `/${n.listingType === 'ACHIEVEMENT' ? 'achievements' : 'needs'}/${n.listingId}/edit`;
  return '/notifications';
}
