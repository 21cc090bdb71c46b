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
import type { AchievementStatus, Industry } from '../../../gql/graphql';
import { INDUSTRIES } from '../../../lib/enums';
import { useSession } from '../../../lib/useSession';
import { ACHIEVEMENTS } from '../graphql/achievements';
import { AchievementStatusTag } from './AchievementStatusTag';

const STATUSES: AchievementStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

/** Officers: their university's achievements; coordinators: every achievement in any state. */
export default function AchievementListPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const own = user?.role === 'OFFICER';
  const [status, setStatus] = useState<AchievementStatus | undefined>();
  const [industry, setIndustry] = useState<Industry | undefined>();
  const filter = {
    ...(own && user ? { orgIds: [user.orgId] } : {}),
    statuses: status ? [status] : STATUSES,
    ...(industry ? { industries: [industry] } : {}),
  };
  const { data, loading, error, fetchMore } = useQuery(ACHIEVEMENTS, { variables: { first: 20, filter } });
  const rows = data?.achievements.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageHeader
        title={own ? t('achievements.myListTitle') : t('achievements.listTitle')}
        extra={
          <LinkButton to="/achievements/new" type="primary">
            {t('achievements.create')}
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
          options={STATUSES.map((s) => ({ value: s, label: t(`enums.achievementStatus.${s}`) }))}
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
        <span aria-live="polite">{data ? t('common.total', { count: data.achievements.totalCount }) : null}</span>
      </Space>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('achievements.empty')} /> }}
        columns={[
          {
            title: t('achievements.fields.title'),
            dataIndex: 'title',
            render: (title: string, row) => <Link to={`/achievements/${row.id}`}>{title}</Link>,
          },
          ...(own
            ? []
            : [
                {
                  title: t('common.organization'),
                  key: 'org',
                  render: (_: unknown, row: (typeof rows)[number]) => row.organization?.name ?? '—',
                },
              ]),
          {
            title: t('achievements.fields.industry'),
            dataIndex: 'industry',
            render: (v: string) => t(`enums.industry.${v}`),
          },
          { title: 'TRL', dataIndex: 'trl', width: 70 },
          {
            title: t('common.status'),
            key: 'status',
            render: (_: unknown, row) => <AchievementStatusTag status={row.status} listed={row.listed} />,
          },
          {
            title: t('achievements.fields.validUntil'),
            dataIndex: 'validUntil',
            render: (v: string | null) => {
              if (!v) return '—';
              const days = Math.ceil((new Date(v).getTime() - Date.now()) / 86_400_000);
              return (
                <Space size={4}>
                  {formatDate(v, i18n.language)}
                  {days < 0 ? (
                    <Tag color="red">{t('achievements.expired')}</Tag>
                  ) : days <= 30 ? (
                    <Tag color="orange">{t('achievements.expiresSoon', { days })}</Tag>
                  ) : null}
                </Space>
              );
            },
          },
        ]}
      />
      <LoadMoreButton
        pageInfo={data?.achievements.pageInfo}
        onMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendEdges('achievements') })}
      />
    </>
  );
}
