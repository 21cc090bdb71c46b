import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Industry } from '@app/core';
import { rowsOf } from '@app/database';
import type { VocabularyKind } from '@app/text-analysis';

export interface AllianceGroupRow {
  id: string;
  terms: string[];
  kind: VocabularyKind;
  industry: `${Industry}` | null;
  version: number;
  updatedAt: Date;
}

export interface GroupValues {
  terms: string[];
  kind: VocabularyKind;
  industry: `${Industry}` | null;
}

const COLUMNS = `id, terms, kind, industry, version, updated_at AS "updatedAt"`;

/** The alliance's vocabulary tables; every write also moves `vocabulary_state.version`. */
@Injectable()
export class VocabularyRepository {
  async version(em: EntityManager): Promise<number> {
    const rows: { version: string }[] = await em.query(`SELECT version FROM vocabulary_state WHERE id = 1`);
    return rows.length ? Number(rows[0].version) : 0;
  }

  /** Moves the version on; a missing row (emptied tables) is recreated. */
  async bump(em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO vocabulary_state (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = vocabulary_state.version + 1`,
    );
  }

  groups(em: EntityManager): Promise<AllianceGroupRow[]> {
    return em.query(`SELECT ${COLUMNS} FROM vocabulary_groups ORDER BY created_at, id`);
  }

  async find(em: EntityManager, id: string): Promise<AllianceGroupRow | null> {
    const rows: AllianceGroupRow[] = await em.query(`SELECT ${COLUMNS} FROM vocabulary_groups WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async insert(em: EntityManager, values: GroupValues, actorUserId: string): Promise<AllianceGroupRow> {
    const rows: unknown = await em.query(
      `INSERT INTO vocabulary_groups (terms, kind, industry, created_by) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [values.terms, values.kind, values.industry, actorUserId],
    );
    return rowsOf<AllianceGroupRow>(rows)[0];
  }

  /** Compare-and-set on `version`; null when the row moved on or is gone. */
  async update(em: EntityManager, id: string, version: number, values: GroupValues): Promise<AllianceGroupRow | null> {
    const rows: unknown = await em.query(
      `UPDATE vocabulary_groups SET terms = $3, kind = $4, industry = $5, version = version + 1, updated_at = now()
       WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
      [id, version, values.terms, values.kind, values.industry],
    );
    return rowsOf<AllianceGroupRow>(rows)[0] ?? null;
  }

  async delete(em: EntityManager, id: string): Promise<boolean> {
    const rows: unknown = await em.query(`DELETE FROM vocabulary_groups WHERE id = $1 RETURNING id`, [id]);
    return rowsOf(rows).length === 1;
  }

  async disabledIds(em: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT group_id AS id FROM vocabulary_disabled_groups`);
    return rows.map((r) => r.id);
  }

  /** True when the state changed. */
  async setDisabled(
    em: EntityManager,
    id: string,
    terms: readonly string[],
    disabled: boolean,
    actorUserId: string,
  ): Promise<boolean> {
    const rows: unknown = disabled
      ? await em.query(
          `INSERT INTO vocabulary_disabled_groups (group_id, terms, disabled_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING group_id`,
          [id, terms, actorUserId],
        )
      : await em.query(`DELETE FROM vocabulary_disabled_groups WHERE group_id = $1 RETURNING group_id`, [id]);
    return rowsOf(rows).length === 1;
  }
}
