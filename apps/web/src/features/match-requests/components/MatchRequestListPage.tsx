import { useQuery } from '@apollo/client/react';
import { Empty, Segmented, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { appendEdges } from '../../../lib/connection';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../components/dates';
import type { MatchRequestStatus } from '../../../gql/graphql';
import { MATCH_STATUSES } from '../../../lib/enums';
import { MATCH_REQUESTS } from '../graphql/match-requests';
import { MatchStatusTag } from './MatchStatusTag';

type Box = 'incoming' | 'outgoing' | 'all';

/** The inbox of match requests: incoming to answer, outgoing to track. */
export default function MatchRequestListPage() {
  const { t, i18n } = useTranslation();
  const [box, setBox] = useState<Box>('all');
  const [status, setStatus] = useState<MatchRequestStatus | undefined>();
  const { data, loading, error, fetchMore } = useQuery(MATCH_REQUESTS, {
    variables: { first: 50, filter: status ? { statuses: [status] } : undefined },
  });
  const all = data?.matchRequests.edges.map((e) => e.node) ?? [];
  const rows = all.filter((r) => box === 'all' || (box === 'incoming' ? r.side === 'RECEIVER' : r.side === 'SENDER'));
  const waiting = all.filter((r) => r.side === 'RECEIVER' && r.status === 'REQUESTED').length;
  return (
    <>
      <PageHeader title={t('matchRequests.listTitle')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<Box>
          aria-label={t('matchRequests.box')}
          value={box}
          onChange={setBox}
          options={[
            { value: 'all', label: t('matchRequests.boxAll') },
            { value: 'incoming', label: t('matchRequests.boxIncoming', { count: waiting }) },
            { value: 'outgoing', label: t('matchRequests.boxOutgoing') },
          ]}
        />
        <Select
          aria-label={t('filters.status')}
          placeholder={t('filters.status')}
          allowClear
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={MATCH_STATUSES.map((s) => ({ value: s, label: t(`enums.matchStatus.${s}`) }))}
        />
      </Space>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={t('matchRequests.empty')} /> }}
        columns={[
          {
            title: t('matchRequests.achievement'),
            key: 'a',
            render: (_: unknown, r) => <Link to={`/match-requests/${r.id}`}>{r.achievement.title}</Link>,
          },
          {
            title: t('matchRequests.university'),
            key: 'u',
            render: (_: unknown, r) => r.university?.name ?? r.achievement.organization?.name ?? '—',
          },
          { title: t('matchRequests.enterprise'), dataIndex: 'enterpriseLabel' },
          {
            title: t('matchRequests.direction'),
            dataIndex: 'direction',
            render: (v: string) => t(`enums.matchDirection.${v}`),
          },
          { title: t('common.status'), dataIndex: 'status', render: (v: string) => <MatchStatusTag status={v} /> },
          {
            title: t('matchRequests.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v, i18n.language),
          },
        ]}
      />
      <LoadMoreButton
        pageInfo={data?.matchRequests.pageInfo}
        onMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendEdges('matchRequests') })}
      />
    </>
  );
}
