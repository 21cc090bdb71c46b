import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guests without an account are participants too: a name, their organisation's name and a phone number or an
 * e-mail address instead of an organisation row. A registration is either an organisation or a guest.
 */
export class EventGuests1765033000000 implements MigrationInterface {
  name = 'EventGuests1765033000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event_participants ALTER COLUMN org_id DROP NOT NULL`);
    await q.query(
      `ALTER TABLE event_participants ADD COLUMN guest_name text, ADD COLUMN guest_org_name text, ADD COLUMN guest_phone text, ADD COLUMN guest_email text`,
    );
    await q.query(`
      ALTER TABLE event_participants ADD CONSTRAINT event_participants_org_or_guest CHECK (
        (org_id IS NOT NULL AND guest_name IS NULL AND guest_org_name IS NULL AND guest_phone IS NULL AND guest_email IS NULL)
        OR (org_id IS NULL AND guest_name <> '' AND guest_org_name <> '' AND (guest_phone IS NOT NULL OR guest_email IS NOT NULL)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM event_participants WHERE org_id IS NULL`);
    await q.query(`ALTER TABLE event_participants DROP CONSTRAINT event_participants_org_or_guest`);
    await q.query(
      `ALTER TABLE event_participants DROP COLUMN guest_name, DROP COLUMN guest_org_name, DROP COLUMN guest_phone, DROP COLUMN guest_email`,
    );
    await q.query(`ALTER TABLE event_participants ALTER COLUMN org_id SET NOT NULL`);
  }
}
