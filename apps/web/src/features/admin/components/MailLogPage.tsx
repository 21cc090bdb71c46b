import { useQuery } from '@apollo/client/react';
import { Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/dates';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import type { MailDeliveryStatus } from '../../../gql/graphql';
import { MAIL_DELIVERIES } from '../graphql/admin';

const COLOR: Record<MailDeliveryStatus, string> = { PENDING: 'blue', SENT: 'green', FAILED: 'red' };

/** The e-mail delivery log (newest first): sent with the SMTP reply, or failed with the last error. */
export default function MailLogPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<MailDeliveryStatus | 'ALL'>('ALL');
  const { data, loading, error } = useQuery(MAIL_DELIVERIES, {
    variables: { status: status === 'ALL' ? null : status, first: 100 },
  });
  return (
    <>
      <PageHeader
        title={t('mailLog.title')}
        extra={
          <Select
            aria-label={t('common.status')}
            value={status}
            onChange={setStatus}
            style={{ minWidth: 140 }}
            options={[
              { value: 'ALL', label: t('mailLog.allStatuses') },
              ...(['PENDING', 'SENT', 'FAILED'] as const).map((s) => ({ value: s, label: t(`mailLog.status.${s}`) })),
            ]}
          />
        }
      />
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.mailDeliveries ?? []}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('mailLog.empty') }}
        columns={[
          {
            title: t('mailLog.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => formatDateTime(v, i18n.language),
          },
          { title: t('mailLog.kind'), dataIndex: 'kind', render: (k: string) => t(`account.kind.${k}`) },
          { title: t('mailLog.to'), dataIndex: 'to' },
          { title: t('mailLog.subject'), dataIndex: 'subject' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: MailDeliveryStatus) => <Tag color={COLOR[s]}>{t(`mailLog.status.${s}`)}</Tag>,
          },
          { title: t('mailLog.attempts'), dataIndex: 'attempts' },
          {
            title: t('mailLog.finishedAt'),
            dataIndex: 'finishedAt',
            render: (v: string | null) => formatDateTime(v, i18n.language),
          },
          {
            title: t('mailLog.reply'),
            key: 'reply',
            render: (_: unknown, d) => (
              <Typography.Text style={{ wordBreak: 'break-all' }}>
                {d.lastError ?? d.smtpResponse ?? '—'}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}
