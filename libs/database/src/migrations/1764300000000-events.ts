import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matchmaking events. Double booking is refused by the database itself: one row per participant per meeting in
 * meeting_seats (unique on event + slot + participant) and a unique (event, slot, table) on meetings. Seats follow
 * their meeting's slot through a composite foreign key with ON UPDATE CASCADE, so a move re-checks every seat.
 */
export class Events1764300000000 implements MigrationInterface {
  name = 'Events1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        theme text NOT NULL DEFAULT '',
        organisers text[] NOT NULL DEFAULT '{}',
        venue text NOT NULL DEFAULT '',
        date date NOT NULL,
        registration_deadline date NOT NULL,
        day_start text NOT NULL,
        day_end text NOT NULL,
        slot_minutes integer NOT NULL CHECK (slot_minutes IN (15, 20, 30)),
        breaks jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','SCHEDULED','PUBLISHED','CLOSED')),
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE event_slots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position integer NOT NULL,
        starts_at text NOT NULL,
        ends_at text NOT NULL,
        UNIQUE (event_id, position)
      )`);
    await q.query(`
      CREATE TABLE event_tables (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        name text NOT NULL,
        capacity integer NOT NULL CHECK (capacity >= 2),
        UNIQUE (event_id, name)
      )`);
    await q.query(`
      CREATE TABLE event_roadshows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        starts_at text NOT NULL,
        ends_at text NOT NULL,
        speaker text NOT NULL,
        title text NOT NULL DEFAULT '',
        achievement_id uuid REFERENCES achievements(id)
      )`);
    await q.query(`
      CREATE TABLE event_participants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        org_id uuid NOT NULL REFERENCES organizations(id),
        user_ids uuid[] NOT NULL DEFAULT '{}',
        unavailable_slot_ids uuid[] NOT NULL DEFAULT '{}',
        max_meetings integer NOT NULL CHECK (max_meetings >= 0),
        checked_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, org_id),
        UNIQUE (event_id, id)
      )`);
    await q.query(`
      CREATE TABLE meeting_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        from_participant_id uuid NOT NULL REFERENCES event_participants(id) ON DELETE CASCADE,
        to_participant_id uuid NOT NULL REFERENCES event_participants(id) ON DELETE CASCADE,
        message text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('PENDING','ACCEPTED','DECLINED','CANCELLED')),
        source text NOT NULL CHECK (source IN ('PARTICIPANT','COORDINATOR')),
        score double precision NOT NULL DEFAULT 0.5 CHECK (score BETWEEN 0 AND 1),
        expires_at timestamptz,
        unscheduled_code text,
        unscheduled_message text,
        created_by uuid,
        responded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_participant_id <> to_participant_id)
      )`);
    await q.query(`CREATE INDEX meeting_requests_event_idx ON meeting_requests(event_id, status)`);
    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        request_id uuid NOT NULL UNIQUE REFERENCES meeting_requests(id) ON DELETE CASCADE,
        slot_id uuid NOT NULL REFERENCES event_slots(id),
        table_id uuid NOT NULL REFERENCES event_tables(id),
        locked boolean NOT NULL DEFAULT false,
        attendance text CHECK (attendance IN ('ATTENDED','NO_SHOW')),
        outcome text CHECK (outcome IN ('DID_NOT_TAKE_PLACE','NO_FIT','FOLLOW_UP_AGREED','COOPERATION_LIKELY')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meetings_table_once_per_slot UNIQUE (event_id, slot_id, table_id),
        UNIQUE (id, slot_id)
      )`);
    await q.query(`
      CREATE TABLE meeting_seats (
        meeting_id uuid NOT NULL,
        slot_id uuid NOT NULL,
        event_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        PRIMARY KEY (meeting_id, participant_id),
        FOREIGN KEY (meeting_id, slot_id) REFERENCES meetings(id, slot_id) ON UPDATE CASCADE ON DELETE CASCADE,
        FOREIGN KEY (event_id, participant_id) REFERENCES event_participants(event_id, id) ON DELETE CASCADE,
        CONSTRAINT meeting_seats_participant_once_per_slot UNIQUE (event_id, slot_id, participant_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'meeting_seats',
      'meetings',
      'meeting_requests',
      'event_participants',
      'event_roadshows',
      'event_tables',
      'event_slots',
      'events',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
