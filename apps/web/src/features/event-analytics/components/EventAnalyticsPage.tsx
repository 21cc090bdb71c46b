import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Statistic, Table } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { ANALYTICS_NAMES, EVENT_ANALYTICS } from '../graphql/analytics';

const AnalyticsCharts = lazy(() => import('./AnalyticsCharts'));

/**
 * What the event achieved: requests, meetings scheduled and held, no-shows, outcomes, meetings per participant and
 * the matches it moved forward (the server's definition, explained on the page).
 */
export default function EventAnalyticsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(EVENT_ANALYTICS, { variables: { eventId: id } });
  const names = useQuery(ANALYTICS_NAMES, { variables: { eventId: id } });
  const nameOf = useMemo(
    () => new Map((names.data?.eventParticipants ?? []).map((p) => [p.id, p.displayName])),
    [names.data],
  );
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;
  const a = data.eventAnalytics;
  const stats: [string, string | number][] = [
    ['participants', a.participants],
    ['checkedIn', a.checkedIn],
    ['requestsSent', a.requestsSent],
    ['requestsAccepted', a.requestsAccepted],
    ['meetingsScheduled', a.meetingsScheduled],
    ['meetingsHeld', a.meetingsHeld],
    ['noShowRate', a.noShowRate == null ? '—' : `${(a.noShowRate * 100).toFixed(1)}%`],
    ['meetingsPerParticipant', a.meetingsPerParticipant.toFixed(1)],
    ['matchesAdvanced', a.matchesAdvanced.total],
  ];
  return (
    <>
      <PageHeader
        title={t('events.analytics.title', { title: data.event.title })}
        extra={<LinkButton to={`/events/${id}`}>{t('events.board.backToEvent')}</LinkButton>}
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {stats.map(([key, value]) => (
          <Col xs={12} sm={8} lg={6} key={key}>
            <Card size="small">
              <Statistic title={t(`events.analytics.${key}`)} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Suspense fallback={<LoadingBlock />}>
        <AnalyticsCharts analytics={a} />
      </Suspense>
      <Card title={t('events.analytics.perParticipant')} size="small" style={{ marginTop: 16 }}>
        <Table
          rowKey="participantId"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={[...a.perParticipant].sort((x, y) => y.meetings - x.meetings)}
          columns={[
            {
              title: t('events.registrations.organisation'),
              key: 'n',
              render: (_: unknown, p) => nameOf.get(p.participantId) ?? '—',
            },
            { title: t('events.analytics.meetings'), dataIndex: 'meetings', width: 120 },
          ]}
        />
      </Card>
    </>
  );
}
