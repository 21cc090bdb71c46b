import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Space, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../components/dates';
import { MATCH_REQUEST } from '../graphql/match-requests';
import { PIPELINE_STAGES, pipelinePosition } from '../utils/pipeline';
import { MatchRequestActions } from './MatchRequestActions';
import { MatchStatusTag } from './MatchStatusTag';

export default function MatchRequestDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(MATCH_REQUEST, { variables: { id } });
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;
  const r = data.matchRequest;
  const position = pipelinePosition(r.status);
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {t('matchRequests.detailTitle')}
            <MatchStatusTag status={r.status} />
          </Space>
        }
        extra={<MatchRequestActions request={r} />}
      />
      <Card size="small" style={{ marginBottom: 16 }} title={t('matchRequests.pipeline')}>
        {position.ended ? (
          <Alert
            type="warning"
            showIcon
            title={t(`matchRequests.ended.${r.status}`)}
            description={
              r.declineReason
                ? `${t(`enums.declineReason.${r.declineReason}`)}${r.declineNote ? `：${r.declineNote}` : ''}`
                : (r.closeReason ?? undefined)
            }
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Steps
          responsive
          size="small"
          current={position.ended ? -1 : position.index}
          items={PIPELINE_STAGES.map((s) => ({
            title: t(`enums.matchStatus.${s}`),
            description:
              s === 'SIGNED' && r.contractNumber
                ? t('matchRequests.contractSummary', { number: r.contractNumber, amount: r.contractAmountWan ?? 0 })
                : s === 'REQUESTED'
                  ? formatDateTime(r.createdAt, i18n.language)
                  : s === 'ACCEPTED' && r.answeredAt
                    ? formatDateTime(r.answeredAt, i18n.language)
                    : undefined,
          }))}
        />
      </Card>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('matchRequests.achievement')}>
          <Link to={`/achievements/${r.achievement.id}`}>{r.achievement.title}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('matchRequests.university')}>
          {r.university?.name ?? r.achievement.organization?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('matchRequests.need')}>
          {r.need ? <Link to={`/needs/${r.need.id}`}>{r.need.title}</Link> : t('matchRequests.forEnterprise')}
        </Descriptions.Item>
        <Descriptions.Item label={t('matchRequests.enterprise')}>{r.enterpriseLabel}</Descriptions.Item>
        <Descriptions.Item label={t('matchRequests.direction')}>
          {t(`enums.matchDirection.${r.direction}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('matchRequests.yourSide')}>{t(`enums.matchSide.${r.side}`)}</Descriptions.Item>
        <Descriptions.Item label={t('matchRequests.message')} span={2}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{r.message}</div>
        </Descriptions.Item>
        {r.status === 'REQUESTED' ? (
          <Descriptions.Item label={t('matchRequests.expiresAt')}>
            {formatDateTime(r.expiresAt, i18n.language)}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Card size="small" title={t('matchRequests.contacts')}>
        {r.contacts ? (
          <Descriptions size="small" column={1} data-testid="contacts">
            <Descriptions.Item label={t('matchRequests.achievementContact')}>
              {r.contacts.achievementContact || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('matchRequests.needContact')}>
              {r.contacts.needContact || '—'}
            </Descriptions.Item>
            {r.contacts.requester ? (
              <Descriptions.Item
                label={t('matchRequests.requester')}
              >{`${r.contacts.requester.name} <${r.contacts.requester.email}>`}</Descriptions.Item>
            ) : null}
            {r.contacts.responder ? (
              <Descriptions.Item
                label={t('matchRequests.responder')}
              >{`${r.contacts.responder.name} <${r.contacts.responder.email}>`}</Descriptions.Item>
            ) : null}
          </Descriptions>
        ) : (
          <p style={{ margin: 0 }}>{t('matchRequests.contactsHidden')}</p>
        )}
      </Card>
    </>
  );
}
