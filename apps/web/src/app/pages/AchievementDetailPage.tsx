import { useQuery } from '@apollo/client/react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { ACHIEVEMENT, AchievementActions, AchievementDetails } from '../../features/achievements';
import { RequestMatchButton } from '../../features/match-requests';
import { AchievementMatches } from '../../features/matches';
import { useSession } from '../../lib/useSession';

/** An achievement: its details; for its university and coordinators the actions and matching needs; for R&D leads a request. */
export default function AchievementDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useSession();
  const { data, loading, error } = useQuery(ACHIEVEMENT, { variables: { id } });
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;
  const a = data.achievement;
  const coordinator = user?.role === 'ADMIN' || user?.role === 'COORDINATOR';
  const owner = coordinator || (user?.role === 'OFFICER' && a.organization?.id === user.orgId);
  return (
    <>
      <PageHeader
        title={a.title}
        extra={
          <>
            {coordinator ? <LinkButton to={`/achievements/${id}/audit`}>{t('audit.link')}</LinkButton> : null}
            {owner ? <AchievementActions achievement={a} /> : null}
            {user?.role === 'RD_LEAD' && a.listed ? <RequestMatchButton mode="request" achievementId={a.id} /> : null}
          </>
        }
      />
      <AchievementDetails achievement={a} />
      {owner && a.listed ? (
        <Card title={t('matches.forAchievement')} style={{ marginTop: 16 }} size="small">
          <AchievementMatches
            achievementId={a.id}
            action={
              user?.role === 'OFFICER'
                ? (m) => <RequestMatchButton mode="propose" achievementId={a.id} needId={m.id} type="default" />
                : undefined
            }
          />
        </Card>
      ) : null}
    </>
  );
}
