import { Button, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventFieldsFragment } from '../../../gql/graphql';
import { LinkButton } from '../../../components/LinkButton';

/** The event at a glance, with the links to its working pages. */
export function EventOverview({ event, coordinator }: { event: EventFieldsFragment; coordinator: boolean }) {
  const { t } = useTranslation();
  const published = event.status === 'PUBLISHED' || event.status === 'CLOSED';
  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('events.fields.theme')}>{event.theme || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('events.fields.organisers')}>
          {event.organisers.join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('events.fields.venue')}>{event.venue || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('events.fields.date')}>{event.date}</Descriptions.Item>
        <Descriptions.Item label={t('events.fields.registrationDeadline')}>
          {event.registrationDeadline}
        </Descriptions.Item>
        <Descriptions.Item label={t('events.fields.day')}>
          {event.dayStart}–{event.dayEnd} · {t('events.form.minutes', { count: event.slotMinutes })}
        </Descriptions.Item>
        <Descriptions.Item label={t('events.fields.slots')}>{event.slots.length}</Descriptions.Item>
        <Descriptions.Item label={t('events.fields.tables')}>
          {event.tables
            .map((tb) => t('events.overview.tableSeats', { name: tb.name, seats: tb.capacity }))
            .join('、') || '—'}
        </Descriptions.Item>
        {event.breaks.length ? (
          <Descriptions.Item label={t('events.fields.breaks')}>
            {event.breaks.map((b) => `${b.start}–${b.end}`).join('、')}
          </Descriptions.Item>
        ) : null}
        {event.cancelReason ? (
          <Descriptions.Item label={t('events.fields.cancelReason')}>{event.cancelReason}</Descriptions.Item>
        ) : null}
      </Descriptions>
      {event.roadshows.length ? (
        <section aria-labelledby="roadshows-title" style={{ marginBottom: 16 }}>
          <h2 id="roadshows-title" style={{ fontSize: 16 }}>
            {t('events.fields.roadshows')}
          </h2>
          <ul>
            {event.roadshows.map((r) => (
              <li key={r.id}>
                {r.start}–{r.end} {r.speaker}
                {r.title ? `：${r.title}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav aria-label={t('events.overview.pages')}>
        <Space wrap>
          {coordinator ? (
            <>
              <LinkButton to={`/events/${event.id}/board`}>{t('events.overview.board')}</LinkButton>
              <LinkButton to={`/events/${event.id}/print`}>{t('events.overview.print')}</LinkButton>
              <LinkButton to={`/events/${event.id}/check-in`}>{t('events.overview.checkIn')}</LinkButton>
              <LinkButton to={`/events/${event.id}/analytics`}>{t('events.overview.analytics')}</LinkButton>
            </>
          ) : published ? (
            <LinkButton to={`/events/${event.id}/agenda`} type="primary">
              {t('events.overview.myAgenda')}
            </LinkButton>
          ) : null}
        </Space>
      </nav>
    </>
  );
}
