import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MATCHES_FOR_ACHIEVEMENT } from '../graphql/matches';
import { type MatchItem, MatchList } from './MatchList';

/** Open needs an achievement could serve (owners and coordinators). */
export function AchievementMatches({
  achievementId,
  action,
}: {
  achievementId: string;
  action?: (item: MatchItem) => ReactNode;
}) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MATCHES_FOR_ACHIEVEMENT, { variables: { achievementId, first: 10 } });
  const items: MatchItem[] = (data?.matchesForAchievement ?? []).map((m) => ({
    id: m.need.id,
    title: m.need.title,
    href: `/needs/${m.need.id}`,
    subtitle: `${m.need.ownerLabel} · ${t(`enums.industry.${m.need.industry}`)}${m.need.minTrl ? ` · TRL ≥ ${m.need.minTrl}` : ''}`,
    score: m.score,
    reasons: m.reasons,
  }));
  return (
    <>
      <ErrorAlert error={error} />
      <MatchList items={items} loading={loading && !data} action={action} />
    </>
  );
}
