import { Injectable } from '@nestjs/common';
import { type Actor, bilingual, forbidden, isAlliance, notFound } from '@app/core';
import { Database } from '@app/database';
import { AuditTrailRepository, type AuditTrailRow, type ListingType } from '../repositories/audit-trail.repository';

export const AUDIT_TRAIL_MAX = 200;

/** The audit trail of one listing, for coordinators (who see every listing in any state). */
@Injectable()
export class ListingAuditService {
  constructor(
    private readonly db: Database,
    private readonly trail: AuditTrailRepository,
  ) {}

  async trailOf(actor: Actor, type: ListingType, id: string, first = 50): Promise<AuditTrailRow[]> {
    if (!isAlliance(actor))
      throw forbidden(bilingual('只有联盟协调员可以查看审计记录', 'Only alliance coordinators read audit trails'));
    const limit = Math.min(Math.max(first, 1), AUDIT_TRAIL_MAX);
    return this.db.read(async (em) => {
      if (!(await this.trail.listingExists(em, type, id)))
        throw notFound(type === 'ACHIEVEMENT' ? 'Achievement' : 'Need', id);
      return this.trail.findForListing(em, type, id, limit);
    });
  }
}
