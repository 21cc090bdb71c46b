import { useQuery } from '@apollo/client/react';
import { Button, Empty, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EventStatusTag } from '../../../components/events/EventStatusTag';
import { PageHeader } from '../../../components/PageHeader';
import type { EventStatus } from '../../../gql/graphql';
import { useSession } from '../../../lib/useSession';
import { EVENTS } from '../graphql/events';
import { LinkButton } from '../../../components/LinkButton';

const ALL: EventStatus[] = ['DRAFT', 'OPEN', 'SCHEDULED', 'PUBLISHED', 'CLOSED', 'CANCELLED'];
const FOR_PARTICIPANTS: EventStatus[] = ['OPEN', 'SCHEDULED', 'PUBLISHED', 'CLOSED'];

/** Coordinators: every event with its state; participants: the events they can join or attend. */
export default function EventListPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const coordinator = user?.role === 'ADMIN' || user?.role === 'COORDINATOR';
  const [status, setStatus] = useState<EventStatus | undefined>();
  const statuses = status ? [status] : coordinator ? ALL : FOR_PARTICIPANTS;
  const { data, loading, error } = useQuery(EVENTS, { variables: { statuses } });
  return (
    <>
      <PageHeader
        title={coordinator ? t('events.list.title') : t('events.list.participantTitle')}
        extra={
          coordinator ? (
            <LinkButton to="/events/new" type="primary">
              {t('events.list.create')}
            </LinkButton>
          ) : null
        }
      />
      <div style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('events.list.statusFilter')}
          placeholder={t('events.list.statusFilter')}
          allowClear
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          options={(coordinator ? ALL : FOR_PARTICIPANTS).map((s) => ({ value: s, label: t(`events.status.${s}`) }))}
        />
      </div>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading && !data}
        dataSource={data?.events ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('events.list.empty')} /> }}
        columns={[
          {
            title: t('events.fields.title'),
            dataIndex: 'title',
            render: (title: string, e) => <Link to={`/events/${e.id}`}>{title}</Link>,
          },
          { title: t('events.fields.date'), dataIndex: 'date', width: 120 },
          { title: t('events.fields.venue'), dataIndex: 'venue' },
          { title: t('events.fields.registrationDeadline'), dataIndex: 'registrationDeadline', width: 120 },
          {
            title: t('events.fields.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: string) => <EventStatusTag status={s} />,
          },
        ]}
      />
    </>
  );
}
