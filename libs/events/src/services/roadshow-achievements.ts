import { EntityManager } from 'typeorm';
import { Actor, badInput, bilingual, isAlliance, statusLabel } from '@app/core';
import { AchievementRepository, canSeeAchievement, isPubliclyListed } from '@app/catalog';
import type { RoadshowEntity } from '../entities/event.entities';

/** A roadshow presents a listing to the whole event: it may only name a published, unexpired achievement. */
export async function checkRoadshowAchievements(
  em: EntityManager,
  achievements: AchievementRepository,
  roadshows: readonly { achievementId: string | null }[],
): Promise<void> {
  const ids = [...new Set(roadshows.map((r) => r.achievementId).filter((x): x is string => !!x))];
  const found = new Map((await achievements.findByIds(em, ids)).map((a) => [a.id, a]));
  roadshows.forEach((r, i) => {
    if (!r.achievementId) return;
    const field = `roadshows.${i}.achievementId`;
    const row = found.get(r.achievementId);
    if (!row)
      throw badInput(
        field,
        bilingual('所选科技成果不存在', `${field} ${r.achievementId} does not name an existing achievement`),
      );
    if (!isPubliclyListed(row))
      throw badInput(
        field,
        bilingual(
          `路演只能选择已发布的科技成果（所选成果${row.status === 'PUBLISHED' ? '已过期' : `为“${statusLabel('listing', row.status)}”`}）`,
          `${field} must name a published achievement (${r.achievementId} is ${row.status === 'PUBLISHED' ? 'expired' : row.status})`,
        ),
      );
  });
}

/**
 * Roadshows as one caller may see them: the achievement's id only when the caller may see that achievement
 * (one archived or expired since the event was set up stays hidden like in the catalog).
 */
export async function visibleRoadshows<R extends Pick<RoadshowEntity, 'achievementId'>>(
  em: EntityManager,
  achievements: AchievementRepository,
  actor: Actor,
  roadshows: readonly R[],
): Promise<R[]> {
  if (isAlliance(actor)) return [...roadshows];
  const ids = [...new Set(roadshows.map((r) => r.achievementId).filter((x): x is string => !!x))];
  const seen = new Set(
    (await achievements.findByIds(em, ids)).filter((a) => canSeeAchievement(actor, a)).map((a) => a.id),
  );
  return roadshows.map((r) => (r.achievementId && !seen.has(r.achievementId) ? { ...r, achievementId: null } : r));
}
