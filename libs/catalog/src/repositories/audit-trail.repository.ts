import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type ListingType = 'ACHIEVEMENT' | 'NEED';

export interface AuditTrailRow {
  id: string;
  at: Date;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  changes: Record<string, unknown>;
}

/** Reads a listing's entries of the append-only audit log, newest first, with the actor's name. */
@Injectable()
export class AuditTrailRepository {
  async listingExists(em: EntityManager, type: ListingType, id: string): Promise<boolean> {
    const table = type === 'ACHIEVEMENT' ? 'achievements' : 'needs';
    const rows: unknown[] = await em.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async findForListing(em: EntityManager, type: ListingType, id: string, limit: number): Promise<AuditTrailRow[]> {
    const rows: {
      id: string;
      at: Date;
      action: string;
      actor_user_id: string | null;
      actor_name: string | null;
      changes: Record<string, unknown> | string;
    }[] = await em.query(
      `SELECT a.id::text AS id, a.at, a.action, a.actor_user_id, u.display_name AS actor_name, a.changes
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE a.entity_type = $1 AND a.entity_id = $2
        ORDER BY a.id DESC
        LIMIT $3`,
      [type, id, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      at: new Date(r.at),
      action: r.action,
      actorUserId: r.actor_user_id,
      actorName: r.actor_name,
      changes: typeof r.changes === 'string' ? (JSON.parse(r.changes) as Record<string, unknown>) : r.changes,
    }));
  }
}
