import { useQuery } from '@apollo/client/react';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { formatDateTime } from '../../../components/dates';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { PageHeader } from '../../../components/PageHeader';
import type { ListingKind } from '../../../gql/graphql';
import { LISTING_AUDIT_TRAIL } from '../graphql/audit';
import { auditValue } from '../utils/auditValue';

/** Who changed what and when, for one listing (coordinators; the server refuses others). */
export default function AuditTrailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const section = useLocation().pathname.startsWith('/needs/') ? 'needs' : 'achievements';
  const kind: ListingKind = section === 'needs' ? 'NEED' : 'ACHIEVEMENT';
  const { data, loading, error } = useQuery(LISTING_AUDIT_TRAIL, { variables: { kind, id, first: 200 } });
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={<LinkButton to={`/${section}/${id}`}>{t('audit.back')}</LinkButton>}
      />
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.listingAuditTrail ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('audit.empty') }}
        columns={[
          {
            title: t('audit.at'),
            dataIndex: 'at',
            width: 180,
            render: (v: string) => formatDateTime(v, i18n.language),
          },
          {
            title: t('audit.actor'),
            dataIndex: 'actorName',
            width: 120,
            render: (v: string | null) => v ?? t('audit.system'),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 110,
            render: (v: string) => <Tag>{t(`audit.actions.${v}`, { defaultValue: v })}</Tag>,
          },
          {
            title: t('audit.changes'),
            key: 'changes',
            render: (_: unknown, e) => (
              <ul className="audit-changes">
                {e.changes.map((c) => (
                  <li key={c.field}>
                    <strong>{t(`audit.fields.${c.field}`, { defaultValue: c.field })}</strong>
                    {c.from !== null ? `：${auditValue(c.from)} → ${auditValue(c.to)}` : `：${auditValue(c.to)}`}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </>
  );
}
