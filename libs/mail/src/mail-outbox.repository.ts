import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rowsOf } from '@app/database';
import { DeliveryStatus, MailKind } from './mail.types';

export interface OutgoingMail {
  messageId: string;
  kind: MailKind;
  userId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface ClaimedMail extends OutgoingMail {
  id: string;
  attempts: number;
  leaseToken: string;
}

export interface DeliveryRow {
  id: string;
  messageId: string;
  kind: MailKind;
  userId: string | null;
  to: string;
  subject: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  smtpResponse: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const CLAIMED = `id, message_id AS "messageId", kind, user_id AS "userId", to_address AS "to", subject, text_body AS text, html_body AS html,
  attempts, lease_token AS "leaseToken"`;
const LOGGED = `id, message_id AS "messageId", kind, user_id AS "userId", to_address AS "to", subject, status, attempts,
  last_error AS "lastError", smtp_response AS "smtpResponse", created_at AS "createdAt", finished_at AS "finishedAt"`;

/**
 * The mail outbox is also the delivery log. Rows are written in the caller's transaction, claimed with
 * FOR UPDATE SKIP LOCKED and a lease (a crashed sender's rows come back when the lease ends), and acted on only
 * while the lease is still held. Bodies are dropped once a message is done: reset links must not linger.
 */
@Injectable()
export class MailOutboxRepository {
  async insert(em: EntityManager, mail: OutgoingMail): Promise<void> {
    await em.query(
      `INSERT INTO mail_outbox (message_id, kind, user_id, to_address, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [mail.messageId, mail.kind, mail.userId, mail.to, mail.subject, mail.text, mail.html],
    );
  }

  async claim(em: EntityManager, limit: number, leaseSeconds: number): Promise<ClaimedMail[]> {
    return rowsOf<ClaimedMail>(
      await em.query(
        `UPDATE mail_outbox SET lease_until = now() + make_interval(secs => $2), lease_token = gen_random_uuid(), attempts = attempts + 1
         WHERE id IN (SELECT id FROM mail_outbox
                      WHERE status = 'PENDING' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
                      ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING ${CLAIMED}`,
        [limit, leaseSeconds],
      ),
    );
  }

  async markSent(em: EntityManager, mail: ClaimedMail, response: string): Promise<void> {
    await em.query(
      `UPDATE mail_outbox SET status = 'SENT', smtp_response = $3, finished_at = now(), lease_until = NULL, lease_token = NULL, text_body = NULL, html_body = NULL
       WHERE id = $1 AND lease_token = $2`,
      [mail.id, mail.leaseToken, response.slice(0, 2000)],
    );
  }

  async markFailed(em: EntityManager, mail: ClaimedMail, error: string): Promise<void> {
    await em.query(
      `UPDATE mail_outbox SET status = 'FAILED', last_error = $3, finished_at = now(), lease_until = NULL, lease_token = NULL, text_body = NULL, html_body = NULL
       WHERE id = $1 AND lease_token = $2`,
      [mail.id, mail.leaseToken, error.slice(0, 2000)],
    );
  }

  async retryLater(em: EntityManager, mail: ClaimedMail, error: string, delaySeconds: number): Promise<void> {
    await em.query(
      `UPDATE mail_outbox SET last_error = $3, next_attempt_at = now() + make_interval(secs => $4), lease_until = NULL, lease_token = NULL
       WHERE id = $1 AND lease_token = $2`,
      [mail.id, mail.leaseToken, error.slice(0, 2000), delaySeconds],
    );
  }

  list(em: EntityManager, status: DeliveryStatus | null, limit: number): Promise<DeliveryRow[]> {
    return em.query(
      `SELECT ${LOGGED} FROM mail_outbox WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at DESC, id DESC LIMIT $2`,
      [status, limit],
    );
  }
}
