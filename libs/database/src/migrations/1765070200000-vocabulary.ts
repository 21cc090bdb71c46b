import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alliance's vocabulary, kept apart from the shipped files (libs/text-analysis/vocabulary) so an upgrade never
 * overwrites it: its own groups, and the shipped groups a coordinator turned off (by their content digest).
 * `vocabulary_state.version` moves with every change; each API process polls it and reloads when it moved.
 */
export class Vocabulary1765070200000 implements MigrationInterface {
  name = 'Vocabulary1765070200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vocabulary_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        terms text[] NOT NULL CHECK (cardinality(terms) BETWEEN 2 AND 20),
        kind text NOT NULL CHECK (kind IN ('SYNONYM', 'RELATED')),
        industry text,
        version int NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE vocabulary_disabled_groups (
        group_id uuid PRIMARY KEY,
        terms text[] NOT NULL,
        disabled_by uuid REFERENCES users(id) ON DELETE SET NULL,
        disabled_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE TABLE vocabulary_state (id smallint PRIMARY KEY CHECK (id = 1), version bigint NOT NULL)`);
    await q.query(`INSERT INTO vocabulary_state (id, version) VALUES (1, 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE vocabulary_state`);
    await q.query(`DROP TABLE vocabulary_disabled_groups`);
    await q.query(`DROP TABLE vocabulary_groups`);
  }
}
