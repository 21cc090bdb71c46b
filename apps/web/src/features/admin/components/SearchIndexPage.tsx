import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../components/dates';
import { readableError } from '../../../lib/errors';
import { REQUEUE_DEAD_LETTERS, SEARCH_INDEX_STATUS } from '../graphql/admin';

export default function SearchIndexPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(SEARCH_INDEX_STATUS, { pollInterval: 10_000 });
  const [requeue, r] = useMutation(REQUEUE_DEAD_LETTERS, {
    onCompleted: (d) => {
      void message.success(t('admin.requeued', { count: d.requeueSearchDeadLetters }));
      void refetch();
    },
    onError: (e) => void message.error(readableError(e, t).message),
  });
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;
  const s = data.searchIndexStatus;
  return (
    <>
      <PageHeader
        title={t('admin.searchIndexTitle')}
        extra={<Button onClick={() => void refetch()}>{t('common.refresh')}</Button>}
      />
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('admin.engine')}>{s.engine}</Descriptions.Item>
        <Descriptions.Item label={t('admin.health')}>
          {s.healthy ? <Tag color="green">{t('admin.healthy')}</Tag> : <Tag color="red">{t('admin.unhealthy')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('admin.documents')}>{s.documents ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('admin.pending')}>{s.pending}</Descriptions.Item>
        <Descriptions.Item label={t('admin.deadLetters')}>{s.deadLetters}</Descriptions.Item>
        {s.detail ? <Descriptions.Item label={t('admin.detail')}>{s.detail}</Descriptions.Item> : null}
      </Descriptions>
      <PageHeader
        title={<span style={{ fontSize: 16 }}>{t('admin.deadLettersTitle')}</span>}
        extra={
          <Button
            type="primary"
            disabled={data.searchDeadLetters.length === 0}
            loading={r.loading}
            onClick={() => void requeue()}
          >
            {t('admin.requeue')}
          </Button>
        }
      />
      <Table
        rowKey={(d) => `${d.entityType}-${d.entityId}`}
        dataSource={data.searchDeadLetters}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('admin.noDeadLetters') }}
        columns={[
          { title: t('admin.entityType'), dataIndex: 'entityType' },
          { title: t('admin.entityId'), dataIndex: 'entityId' },
          { title: t('admin.attempts'), dataIndex: 'attempts' },
          {
            title: t('admin.failedAt'),
            dataIndex: 'failedAt',
            render: (v: string) => formatDateTime(v, i18n.language),
          },
          { title: t('admin.lastError'), dataIndex: 'lastError' },
        ]}
      />
    </>
  );
}
