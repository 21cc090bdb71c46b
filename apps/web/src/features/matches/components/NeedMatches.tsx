import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MATCHES_FOR_NEED } from '../graphql/matches';
import { type MatchItem, MatchList } from './MatchList';

/** Achievements worth a conversation for a need (owners and coordinators). */
export function NeedMatches({ needId, action }: { needId: string; action?: (item: MatchItem) => ReactNode }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MATCHES_FOR_NEED, { variables: { needId, first: 10 } });
  const items: MatchItem[] = (data?.matchesForNeed ?? []).map((m) => ({
    id: m.achievement.id,
    title: m.achievement.title,
    href: `/achievements/${m.achievement.id}`,
    subtitle: `${m.achievement.organization?.name ?? ''} · ${t(`enums.industry.${m.achievement.industry}`)} · TRL ${m.achievement.trl}`,
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
