import { Injectable } from '@nestjs/common';
import { Actor, Clock, notFound } from '@app/core';
import { appendAudit, Database } from '@app/database';
import { newOpaqueToken, sha256, UserRepository } from '@app/identity';
import { CalendarTokenEntity } from '../entities/event.entities';
import { AgendaService } from './agenda.service';

/** base64url of 32 random bytes: anything else is refused before touching the database. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A person's calendar subscription: GET /calendar/<token>.ics with a secret token instead of a bearer, since
 * calendar apps cannot sign in. Only the token's SHA-256 is stored; regenerating replaces it (the old URL stops
 * working), revoking deletes it. The feed is what that person would see signed in, read afresh on every fetch.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: Database,
    private readonly users: UserRepository,
    private readonly agendas: AgendaService,
    private readonly clock: Clock,
  ) {}

  /** When the current token was made, or null when there is none. */
  async issuedAt(actor: Actor): Promise<Date | null> {
    const row = await this.db.read((em) => em.findOne(CalendarTokenEntity, { where: { userId: actor.userId } }));
    return row?.createdAt ?? null;
  }

  /** A new token (shown once); the previous one stops working. */
  regenerate(actor: Actor): Promise<string> {
    const token = newOpaqueToken();
    return this.db.transaction(async (em) => {
      await em.query(
        `INSERT INTO calendar_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at`,
        [actor.userId, sha256(token), this.clock.now()],
      );
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'CALENDAR_TOKEN',
        entityId: actor.userId,
        action: 'REGENERATE',
        changes: {},
      });
      return token;
    });
  }

  /** True when there was a token to revoke. */
  revoke(actor: Actor): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const gone = ((await em.delete(CalendarTokenEntity, { userId: actor.userId })).affected ?? 0) > 0;
      if (gone)
        await appendAudit(em, {
          actorUserId: actor.userId,
          entityType: 'CALENDAR_TOKEN',
          entityId: actor.userId,
          action: 'REVOKE',
          changes: {},
        });
      return gone;
    });
  }

  /** The feed for a token; an unknown or revoked token is NOT_FOUND (never told apart). */
  async feed(token: string): Promise<string> {
    if (!TOKEN.test(token)) throw notFound('Calendar');
    const user = await this.db.read(async (em) => {
      const row = await em.findOne(CalendarTokenEntity, { where: { tokenHash: sha256(token) } });
      return row ? ((await this.users.findByIds(em, [row.userId]))[0] ?? null) : null;
    });
    if (!user) throw notFound('Calendar');
    return this.agendas.personalFeed({ userId: user.id, orgId: user.orgId, role: user.role }, this.clock.now());
  }
}
