import { Button, Empty, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participantLabel, participantMatches } from '../../../components/events/participants';
import { formatDateTime } from '../../../components/dates';
import type { EventFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRoster } from '../hooks/useRoster';
import { GuestForm } from './GuestForm';
import { RegisterForm } from './RegisterForm';

/** Coordinators: who is registered, with search; register an organisation, a walk-in or a guest. */
export function RegistrationsPanel({ event }: { event: EventFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const roster = useRoster(event.id);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<'org' | 'guest' | null>(null);
  const closed = event.status === 'CLOSED' || event.status === 'CANCELLED';
  const rows = roster.participants.filter((p) => participantMatches(p, query));
  const done = () => {
    setDialog(null);
    void roster.refetch();
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="registrations-search" className="visually-hidden">
          {t('events.registrations.search')}
        </label>
        <Input
          id="registrations-search"
          type="search"
          role="searchbox"
          allowClear
          placeholder={t('events.registrations.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 240 }}
        />
        <span aria-live="polite">{t('events.registrations.count', { count: rows.length })}</span>
        <Button type="primary" disabled={closed} onClick={() => setDialog('org')}>
          {event.status === 'PUBLISHED' ? t('events.registrations.walkIn') : t('events.registrations.registerOrg')}
        </Button>
        <Button disabled={closed} onClick={() => setDialog('guest')}>
          {t('events.registrations.addGuest')}
        </Button>
      </Space>
      <ErrorAlert error={roster.error} />
      <Table
        rowKey="id"
        loading={roster.loading && !roster.data}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={t('events.registrations.empty')} /> }}
        columns={[
          {
            title: t('events.registrations.organisation'),
            key: 'name',
            render: (_: unknown, p) => participantLabel(p),
          },
          {
            title: t('events.registrations.kind'),
            key: 'kind',
            width: 100,
            render: (_: unknown, p) =>
              p.guest ? (
                <Tag color="orange">{t('events.registrations.guest')}</Tag>
              ) : (
                <Tag>{t(`events.orgKind.${p.organization?.kind ?? 'ENTERPRISE'}`)}</Tag>
              ),
          },
          {
            title: t('events.registrations.people'),
            key: 'people',
            width: 160,
            render: (_: unknown, p) =>
              p.guest
                ? [p.guest.phone, p.guest.email].filter(Boolean).join(' · ') || '—'
                : t('events.registrations.peopleCount', { count: p.userIds.length }),
          },
          {
            title: t('events.registrations.availability'),
            key: 'avail',
            width: 140,
            render: (_: unknown, p) =>
              p.unavailableSlotIds.length
                ? t('events.registrations.availableOf', {
                    free: event.slots.length - p.unavailableSlotIds.length,
                    all: event.slots.length,
                  })
                : t('events.registrations.allDay'),
          },
          { title: t('events.register.maxMeetings'), dataIndex: 'maxMeetings', width: 100 },
          {
            title: t('events.registrations.checkIn'),
            key: 'checkin',
            width: 160,
            render: (_: unknown, p) =>
              p.checkedInAt ? (
                <Tag color="green">
                  {t('events.registrations.checkedInAt', { at: formatDateTime(p.checkedInAt, i18n.language) })}
                </Tag>
              ) : (
                <Tag>{t('events.registrations.notCheckedIn')}</Tag>
              ),
          },
        ]}
      />
      <Modal
        open={dialog === 'org'}
        title={t('events.registrations.registerOrg')}
        footer={null}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <RegisterForm event={event} coordinator onDone={done} />
      </Modal>
      <Modal
        open={dialog === 'guest'}
        title={t('events.registrations.addGuest')}
        footer={null}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <GuestForm event={event} onDone={done} />
      </Modal>
    </>
  );
}
