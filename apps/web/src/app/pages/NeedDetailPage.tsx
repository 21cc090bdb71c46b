import { useQuery } from '@apollo/client/react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingBlock } from '../../components/LoadingBlock';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { RequestMatchButton } from '../../features/match-requests';
import { NeedMatches } from '../../features/matches';
import { NEED, NeedActions, NeedDetails } from '../../features/needs';
import { useSession } from '../../lib/useSession';

/** A need: details (or its teaser); for its enterprise and coordinators the actions and matching achievements; officers propose. */
export default function NeedDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useSession();
  const { data, loading, error } = useQuery(NEED, { variables: { id } });
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;
  const n = data.need;
  const coordinator = user?.role === 'ADMIN' || user?.role === 'COORDINATOR';
  const owner = coordinator || (user?.role === 'RD_LEAD' && n.organization?.id === user.orgId);
  return (
    <>
      <PageHeader
        title={n.title}
        extra={
          <>
            {coordinator ? <LinkButton to={`/needs/${id}/audit`}>{t('audit.link')}</LinkButton> : null}
            {owner && !n.teaser ? <NeedActions need={n} /> : null}
            {user?.role === 'OFFICER' && n.status === 'OPEN' ? (
              <RequestMatchButton mode="propose" needId={n.id} />
            ) : null}
          </>
        }
      />
      <NeedDetails need={n} />
      {owner && n.status === 'OPEN' ? (
        <Card title={t('matches.forNeed')} style={{ marginTop: 16 }} size="small">
          <NeedMatches
            needId={n.id}
            action={
              user?.role === 'RD_LEAD'
                ? (m) => <RequestMatchButton mode="request" achievementId={m.id} needId={n.id} type="default" />
                : undefined
            }
          />
        </Card>
      ) : null}
    </>
  );
}
