import { Injectable } from '@nestjs/common';
import { bilingual } from '@app/core';
import { today } from '@app/catalog';
import { Database, rowsOf } from '@app/database';
import { NotificationKind } from './notification.entity';
import { NotificationSender } from './notification-sender';

export const REMINDER_DAYS = 30;

interface DueListing {
  entity_type: 'ACHIEVEMENT' | 'NEED';
  entity_id: string;
  ends_on: string;
}

/**
 * Tells the owners of a published achievement (its validity) or an open need (its deadline) 30 days before it ends,
 * in the app (the bell) and by e-mail as each chose, with a link to the listing's form to renew it. The reminder row
 * is claimed and the notices written in one transaction, so each listing and end date is reminded once, whoever runs
 * the sweep, however often, and however many processes run it at once (a second claimant waits on the first's row,
 * then finds it taken).
 */
@Injectable()
export class ListingExpiryReminders {
  constructor(
    private readonly db: Database,
    private readonly sender: NotificationSender,
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
        const owners: { id: string }[] = await em.query(
          `SELECT id FROM users WHERE org_id = $1 AND role = $2 AND deactivated_at IS NULL ORDER BY id`,
          [row.org_id, achievement ? 'OFFICER' : 'RD_LEAD'],
        );
        const message = achievement
          ? bilingual(
              `您发布的成果「${row.title}」将于 ${listing.ends_on} 到期下架，如仍有效请及时延长有效期`,
              `Your achievement “${row.title}” is taken down on ${listing.ends_on}; if it is still on offer, extend its validity`,
            )
          : bilingual(
              `您发布的技术需求「${row.title}」将于 ${listing.ends_on} 截止，如仍需要请及时延长截止日期`,
              `Your technical need “${row.title}” closes on ${listing.ends_on}; if you still need it, extend its deadline`,
            );
        const listingRef = { type: listing.entity_type, id: listing.entity_id };
        await this.sender.send(
          em,
          owners.map((o) => ({
            userId: o.id,
            kind: NotificationKind.LISTING_EXPIRING,
            matchRequestId: null,
            listing: listingRef,
            message,
          })),
        );
      }
      return due.length;
    });
  }
}
