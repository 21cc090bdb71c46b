import { Injectable } from '@nestjs/common';
import { Database, rowsOf } from '@app/database';
import { appLink, Mailer, MailKind } from '@app/mail';
import { today } from '../domain/visibility';

export const REMINDER_DAYS = 30;

interface DueListing {
  entity_type: 'ACHIEVEMENT' | 'NEED';
  entity_id: string;
  ends_on: string;
}

/**
 * Tells the owners of a published achievement (its validity) or an open need (its deadline) 30 days before it ends.
 * The reminder row is claimed and the e-mails queued in one transaction, so each listing and end date is reminded
 * once, whoever runs the sweep and however often.
 */
@Injectable()
export class ListingExpiryReminders {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
  ) {}

  /** Returns how many listings were reminded. */
  sweep(day = today()): Promise<number> {
    return this.db.transaction(async (em) => {
      const due = rowsOf<DueListing>(
        await em.query(
          `INSERT INTO listing_expiry_reminders (entity_type, entity_id, ends_on)
           SELECT 'ACHIEVEMENT', id, valid_until FROM achievements
             WHERE status = 'PUBLISHED' AND valid_until BETWEEN $1::date AND $1::date + $2::int
           UNION ALL
           SELECT 'NEED', id, deadline FROM needs
             WHERE status = 'OPEN' AND deadline BETWEEN $1::date AND $1::date + $2::int
           ON CONFLICT DO NOTHING
           RETURNING entity_type, entity_id, ends_on::text`,
          [day, REMINDER_DAYS],
        ),
      );
      for (const listing of due) {
        const achievement = listing.entity_type === 'ACHIEVEMENT';
        const [row]: { title: string; org_id: string }[] = await em.query(
          `SELECT title, org_id FROM ${achievement ? 'achievements' : 'needs'} WHERE id = $1`,
          [listing.entity_id],
        );
        const owners: { id: string }[] = await em.query(`SELECT id FROM users WHERE org_id = $1 AND role = $2`, [row.org_id, achievement ? 'OFFICER' : 'RD_LEAD']);
        await this.mailer.notify(em, owners.map((o) => o.id), {
          kind: MailKind.LISTING_EXPIRING,
          summary: achievement
            ? `您发布的成果「${row.title}」将于 ${listing.ends_on} 到期下架，如仍有效请及时延长有效期`
            : `您发布的技术需求「${row.title}」将于 ${listing.ends_on} 截止，如仍需要请及时延长截止日期`,
          link: appLink(this.mailer.publicUrl, achievement ? `/achievements/${listing.entity_id}` : `/needs/${listing.entity_id}`),
        });
      }
      return due.length;
    });
  }
}
