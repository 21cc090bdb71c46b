import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity';

@Injectable()
export class NotificationRepository {
  listForUser(em: EntityManager, userId: string, unreadOnly: boolean, limit: number): Promise<NotificationEntity[]> {
    const qb = em.createQueryBuilder(NotificationEntity, 'n').where('n.user_id = :userId', { userId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').take(limit).getMany();
  }

  /** Marks the user's own notifications only; returns how many changed. */
  async markRead(em: EntityManager, userId: string, ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    const result = await em
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND id IN (:...ids) AND read_at IS NULL', { userId, ids: [...ids] })
      .execute();
    return result.affected ?? 0;
  }
}
