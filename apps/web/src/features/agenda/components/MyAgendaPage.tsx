import './print.css';
import { useQuery } from '@apollo/client/react';
import { Alert, App, Button, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { checkInUrl } from '../../../components/events/checkInCode';
import { MeetingRecord } from '../../../components/events/MeetingRecord';
import { LinkButton } from '../../../components/LinkButton';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { currentAccessToken } from '../../../lib/session';
import { useSession } from '../../../lib/useSession';
import { AGENDA } from '../graphql/agenda';
import { dataUrlBytes, useQrDataUrl } from '../hooks/useQrDataUrl';
import { saveFile } from '../utils/download';
import { CalendarCard } from './CalendarCard';

/** "My agenda": the day once published, with the check-in QR code; print it, download it as PDF or ICS, subscribe. */
export default function MyAgendaPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const participantId = search.get('participant') ?? undefined;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const coordinator = user?.role === 'ADMIN' || user?.role === 'COORDINATOR';
  const { data, loading, error, refetch } = useQuery(AGENDA, { variables: { eventId: id, participantId } });
  const agenda = data?.eventAgenda;
  const qr = useQrDataUrl(agenda ? checkInUrl(window.location.origin, id, agenda.participant.id) : null);
  const [busy, setBusy] = useState(false);
  if (loading && !data) return <LoadingBlock />;
  if (!data || !agenda) return <ErrorAlert error={error} />;
  const name = agenda.participant.displayName;

  const downloadPdf = async () => {
    setBusy(true);
    try {
      const [{ buildAgendaPdf }, font] = await Promise.all([
        import('../utils/agendaPdf'),
        import('../assets/NotoSansSC-GB2312.ttf?url').then((m) => fetch(m.default)).then((r) => r.arrayBuffer()),
      ]);
      const bytes = await buildAgendaPdf({
        font,
        title: data.event.title,
        participant: name,
        date: data.event.date,
        venue: data.event.venue,
        meetings: agenda.meetings.map((m) => ({
          start: m.start,
          end: m.end,
          table: m.tableName,
          counterpart: m.counterpart.displayName,
        })),
        roadshows: agenda.roadshows.map((r) => ({ start: r.start, end: r.end, speaker: r.speaker, title: r.title })),
        qrPng: qr ? dataUrlBytes(qr) : undefined,
        labels: {
          agenda: t('events.agenda.personal'),
          time: t('events.agenda.time'),
          table: t('events.agenda.table'),
          counterpart: t('events.agenda.counterpart'),
          roadshows: t('events.fields.roadshows'),
          noMeetings: t('events.agenda.noMeetings'),
          checkIn: t('events.agenda.qrLabel'),
          venue: t('events.fields.venue'),
          date: t('events.fields.date'),
        },
      });
      saveFile(bytes as BlobPart, `${t('events.agenda.fileName')}-${name}.pdf`, 'application/pdf');
    } catch {
      void message.error(t('events.agenda.pdfFailed'));
    } finally {
      setBusy(false);
    }
  };
  const downloadIcs = async () => {
    const token = await currentAccessToken();
    const qs = participantId ? `?participantId=${encodeURIComponent(participantId)}` : '';
    const res = await fetch(`/events/${id}/agenda.ics${qs}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!res.ok) {
      void message.error(t('events.agenda.icsFailed'));
      return;
    }
    saveFile(await res.text(), 'agenda.ics', 'text/calendar');
  };

  return (
    <div className="print-sheet">
      <PageHeader
        title={t('events.agenda.title', { title: data.event.title })}
        extra={
          <span className="no-print" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <LinkButton to={`/events/${id}`}>{t('events.board.backToEvent')}</LinkButton>
            <Button onClick={() => window.print()}>{t('events.agenda.print')}</Button>
            <Button loading={busy} onClick={() => void downloadPdf()}>
              {t('events.agenda.pdf')}
            </Button>
            <Button onClick={() => void downloadIcs()}>{t('events.agenda.ics')}</Button>
          </span>
        }
      />
      {!agenda.published ? (
        <Alert type="info" showIcon title={t('events.agenda.notPublished')} style={{ marginBottom: 12 }} />
      ) : null}
      <div className="agenda-head">
        <div>
          <h2 className="agenda-name">{name}</h2>
          <p>
            {t('events.fields.date')}：{data.event.date} · {t('events.fields.venue')}：{data.event.venue || '—'}
          </p>
        </div>
        {qr ? (
          <figure className="agenda-qr">
            <img src={qr} alt={t('events.agenda.qrAlt', { name })} width={140} height={140} />
            <figcaption>{t('events.agenda.qrLabel')}</figcaption>
          </figure>
        ) : null}
      </div>
      <Table
        rowKey={(m) => `${m.start}-${m.tableName}`}
        size="small"
        pagination={false}
        dataSource={agenda.meetings}
        locale={{ emptyText: t('events.agenda.noMeetings') }}
        columns={[
          { title: t('events.agenda.time'), key: 'time', width: 120, render: (_: unknown, m) => `${m.start}–${m.end}` },
          { title: t('events.agenda.table'), dataIndex: 'tableName', width: 100 },
          { title: t('events.agenda.counterpart'), key: 'c', render: (_: unknown, m) => m.counterpart.displayName },
          {
            title: t('events.record.outcome'),
            key: 'o',
            className: 'no-print',
            render: (_: unknown, m) =>
              agenda.published ? (
                <MeetingRecord meeting={m.meeting} canAttend={coordinator} onDone={() => void refetch()} />
              ) : null,
          },
        ]}
      />
      {agenda.roadshows.length ? (
        <section style={{ marginTop: 16 }}>
          <h2 style={{ fontSize: 16 }}>{t('events.fields.roadshows')}</h2>
          <ul>
            {agenda.roadshows.map((r) => (
              <li key={r.id}>
                {r.start}–{r.end} {r.speaker}
                {r.title ? `：${r.title}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!participantId ? (
        <Space orientation="vertical" style={{ marginTop: 16, width: '100%' }}>
          <CalendarCard />
        </Space>
      ) : null}
    </div>
  );
}
