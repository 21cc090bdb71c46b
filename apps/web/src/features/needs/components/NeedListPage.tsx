import { useQuery } from '@apollo/client/react';
import { Empty, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { appendEdges } from '../../../lib/connection';
import { LinkButton } from '../../../components/LinkButton';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../components/dates';
import type { Industry, NeedStatus } from '../../../gql/graphql';
import { INDUSTRIES } from '../../../lib/enums';
import { useSession } from '../../../lib/useSession';
import { NEEDS } from '../graphql/needs';
import { NeedStatusTag } from './NeedStatusTag';

const STATUSES: NeedStatus[] = ['DRAFT', 'OPEN', 'CLOSED'];

export default function NeedListPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const own = user?.role === 'RD_LEAD';
  const [status, setStatus] = useState<NeedStatus | undefined>();
  const [industry, setIndustry] = useState<Industry | undefined>();
  const filter = {
    ...(own && user ? { orgIds: [user.orgId] } : {}),
    statuses: status ? [status] : STATUSES,
    ...(industry ? { industries: [industry] } : {}),
  };
  const { data, loading, error, fetchMore } = useQuery(NEEDS, { variables: { first: 20, filter } });
  const rows = data?.needs.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader
        title={own ? t('needs.myListTitle') : t('needs.listTitle')}
        extra={
          <LinkButton to="/needs/new" type="primary">
            {t('needs.create')}
          </LinkButton>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('filters.status')}
          placeholder={t('filters.status')}
          allowClear
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`enums.needStatus.${s}`) }))}
        />
        <Select
          aria-label={t('filters.industry')}
          placeholder={t('filters.industry')}
          allowClear
          style={{ width: 160 }}
          value={industry}
          onChange={setIndustry}
          options={INDUSTRIES.map((s) => ({ value: s, label: t(`enums.industry.${s}`) }))}
        />
        <span aria-live="polite">{data ? t('common.total', { count: data.needs.totalCount }) : null}</span>
      </Space>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('needs.empty')} /> }}
        columns={[
          {
            title: t('needs.fields.title'),
            dataIndex: 'title',
            render: (title: string, row) => <Link to={`/needs/${row.id}`}>{title}</Link>,
          },
          ...(own
            ? []
            : [
                {
                  title: t('common.organization'),
                  key: 'org',
                  render: (_: unknown, row: (typeof rows)[number]) => row.ownerLabel,
                },
              ]),
          { title: t('needs.fields.industry'), dataIndex: 'industry', render: (v: string) => t(`enums.industry.${v}`) },
          {
            title: t('common.status'),
            key: 'status',
            render: (_: unknown, row) => <NeedStatusTag status={row.status} />,
          },
          {
            title: t('needs.fields.confidential'),
            dataIndex: 'confidential',
            render: (v: boolean) =>
              v ? <Tag color="purple">{t('needs.confidentialOn')}</Tag> : t('needs.confidentialOff'),
          },
          {
            title: t('needs.fields.deadline'),
            dataIndex: 'deadline',
            render: (v: string | null) => formatDate(v, i18n.language),
          },
        ]}
      />
      <LoadMoreButton
        pageInfo={data?.needs.pageInfo}
        onMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendEdges('needs') })}
      />
    </>
  );
}
