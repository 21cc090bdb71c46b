import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  Attendance,
  EventStatus,
  MeetingOutcome,
  MeetingRequestSource,
  MeetingRequestStatus,
  TimeRange,
} from '../domain/values';

@Entity('events')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') title: string;
  @Column('text') theme: string;
  @Column('text', { array: true }) organisers: string[];
  @Column('text') venue: string;
  @Column('date') date: string;
  @Column('date', { name: 'registration_deadline' }) registrationDeadline: string;
  @Column('text', { name: 'day_start' }) dayStart: string;
  @Column('text', { name: 'day_end' }) dayEnd: string;
  @Column('integer', { name: 'slot_minutes' }) slotMinutes: number;
  @Column('jsonb') breaks: TimeRange[];
  @Column('text') status: EventStatus;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  /** What coordinators edit (set-up, grid, status); compare-and-set by clients. */
  @Column('integer') version: number;
  /** Bumped by every registration, never checked against a client's: tells a scheduler run its input changed. */
  @Column('integer', { name: 'roster_version' }) rosterVersion: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('event_slots')
export class EventSlotEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('integer') position: number;
  @Column('text', { name: 'starts_at' }) startsAt: string;
  @Column('text', { name: 'ends_at' }) endsAt: string;
}

@Entity('event_tables')
export class EventTableEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('text') name: string;
  @Column('integer') capacity: number;
}

@Entity('event_roadshows')
export class RoadshowEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('text', { name: 'starts_at' }) startsAt: string;
  @Column('text', { name: 'ends_at' }) endsAt: string;
  @Column('text') speaker: string;
  @Column('text') title: string;
  @Column('uuid', { name: 'achievement_id', nullable: true }) achievementId: string | null;
}

@Entity('event_participants')
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  /** The registered organisation; null for a guest without an account (then the guest fields are set). */
  @Column('uuid', { name: 'org_id', nullable: true }) orgId: string | null;
  @Column('text', { name: 'guest_name', nullable: true }) guestName: string | null;
  @Column('text', { name: 'guest_org_name', nullable: true }) guestOrgName: string | null;
  @Column('text', { name: 'guest_phone', nullable: true }) guestPhone: string | null;
  @Column('text', { name: 'guest_email', nullable: true }) guestEmail: string | null;
  @Column('uuid', { name: 'user_ids', array: true }) userIds: string[];
  @Column('uuid', { name: 'unavailable_slot_ids', array: true }) unavailableSlotIds: string[];
  @Column('integer', { name: 'max_meetings' }) maxMeetings: number;
  @Column('timestamptz', { name: 'checked_in_at', nullable: true }) checkedInAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('meeting_requests')
export class MeetingRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('uuid', { name: 'from_participant_id' }) fromParticipantId: string;
  @Column('uuid', { name: 'to_participant_id' }) toParticipantId: string;
  @Column('text') message: string;
  /** Stored status; read `effectiveStatus` for expiry. */
  @Column('text') status: MeetingRequestStatus;
  @Column('text') source: MeetingRequestSource;
  @Column('double precision') score: number;
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt: Date | null;
  @Column('text', { name: 'unscheduled_code', nullable: true }) unscheduledCode: string | null;
  /** Why the last schedule left this request out: Chinese (`unscheduled_message`) and English. */
  @Column('text', { name: 'unscheduled_message', nullable: true }) unscheduledMessage: string | null;
  @Column('text', { name: 'unscheduled_message_en', nullable: true }) unscheduledMessageEn: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('meetings')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('uuid', { name: 'request_id' }) requestId: string;
  @Column('uuid', { name: 'slot_id' }) slotId: string;
  @Column('uuid', { name: 'table_id' }) tableId: string;
  @Column('boolean') locked: boolean;
  @Column('text', { nullable: true }) attendance: Attendance | null;
  @Column('text', { nullable: true }) outcome: MeetingOutcome | null;
  @Column('text', { name: 'outcome_note', nullable: true }) outcomeNote: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One row per participant per meeting: the database's guard against double-booking a person. */
@Entity('meeting_seats')
export class MeetingSeatEntity {
  @PrimaryColumn('uuid', { name: 'meeting_id' }) meetingId: string;
  @PrimaryColumn('uuid', { name: 'participant_id' }) participantId: string;
  @Column('uuid', { name: 'slot_id' }) slotId: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
}

/** A person's secret calendar-feed token (its SHA-256): GET /calendar/<token>.ics without signing in. */
@Entity('calendar_tokens')
export class CalendarTokenEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export const EVENT_ENTITIES = [
  EventEntity,
  EventSlotEntity,
  EventTableEntity,
  RoadshowEntity,
  ParticipantEntity,
  MeetingRequestEntity,
  MeetingEntity,
  MeetingSeatEntity,
  CalendarTokenEntity,
];
