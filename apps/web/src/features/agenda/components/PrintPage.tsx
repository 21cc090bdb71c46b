import './print.css';
import { useQuery } from '@apollo/client/react';
import { Button, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { PRINT_PEOPLE, PRINT_SCHEDULE } from '../graphql/agenda';
import { agendasByParticipant, tableDay } from '../utils/printModel';
import { AgendaQr } from './AgendaQr';

type Sheet = 'master' | 'agendas' | 'cards';

/** Coordinators print the master schedule, every participant's agenda (with its QR code) and a card per table. */
export default function PrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [sheet, setSheet] = useState<Sheet>('master');
  const schedule = useQuery(PRINT_SCHEDULE, { variables: { eventId: id } });
  const people = useQuery(PRINT_PEOPLE, { variables: { eventId: id } });
  const names = useMemo(
    () => new Map((people.data?.eventParticipants ?? []).map((p) => [p.id, p.displayName])),
    [people.data],
  );
  if ((schedule.loading && !schedule.data) || (people.loading && !people.data)) return <LoadingBlock />;
  if (!schedule.data || !people.data) return <ErrorAlert error={schedule.error ?? people.error} />;
  const { event, eventMeetings: meetings } = schedule.data;
  const requests = people.data.meetingRequests;
  const nameOf = (pid: string) => names.get(pid) ?? '—';
  const reqs = new Map(requests.map((r) => [r.id, r]));
  const cell = (slotId: string, tableId: string) => {
    const m = meetings.find((x) => x.slotId === slotId && x.tableId === tableId);
    const r = m ? reqs.get(m.requestId) : undefined;
    return r ? `${nameOf(r.fromParticipantId)} × ${nameOf(r.toParticipantId)}` : '';
  };
  const agendas = agendasByParticipant(event.slots, event.tables, meetings, requests);

  const master = (
    <section className="print-section">
      <h2>{t('events.print.masterTitle', { title: event.title })}</h2>
      <p>
        {event.date} · {event.venue}
      </p>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('events.board.slot')}</th>
            {event.tables.map((tb) => (
              <th scope="col" key={tb.id}>
                {tb.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {event.slots.map((s) => (
            <tr key={s.id} className="print-avoid">
              <th scope="row">
                {s.start}–{s.end}
              </th>
              {event.tables.map((tb) => (
                <td key={tb.id}>{cell(s.id, tb.id)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  const all = (
    <>
      {people.data.eventParticipants.map((p) => (
        <section key={p.id} className="print-section print-break">
          <div className="agenda-head">
            <div>
              <h2 className="agenda-name">{p.displayName}</h2>
              <p>
                {event.title} · {event.date} · {event.venue}
              </p>
            </div>
            <AgendaQr eventId={event.id} participantId={p.id} name={p.displayName} />
          </div>
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">{t('events.agenda.time')}</th>
                <th scope="col">{t('events.agenda.table')}</th>
                <th scope="col">{t('events.agenda.counterpart')}</th>
              </tr>
            </thead>
            <tbody>
              {(agendas.get(p.id) ?? []).map((l) => (
                <tr key={`${l.start}-${l.table}`}>
                  <td>
                    {l.start}–{l.end}
                  </td>
                  <td>{l.table}</td>
                  <td>{nameOf(l.counterpartId)}</td>
                </tr>
              ))}
              {(agendas.get(p.id) ?? []).length === 0 ? (
                <tr>
                  <td colSpan={3}>{t('events.agenda.noMeetings')}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
  const cards = (
    <>
      {event.tables.map((tb) => (
        <section key={tb.id} className="table-card print-break">
          <p className="table-card-name">{tb.name}</p>
          <p style={{ textAlign: 'center' }}>{event.title}</p>
          <table className="print-table">
            <tbody>
              {tableDay(tb.id, event.slots, meetings, requests).map((d) => (
                <tr key={d.slot.id}>
                  <th scope="row">
                    {d.slot.start}–{d.slot.end}
                  </th>
                  <td>{d.sides ? `${nameOf(d.sides[0])} × ${nameOf(d.sides[1])}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
  return (
    <div className="print-sheet">
      <PageHeader
        title={t('events.print.title')}
        extra={
          <span className="no-print" style={{ display: 'flex', gap: 8 }}>
            <LinkButton to={`/events/${id}`}>{t('events.board.backToEvent')}</LinkButton>
            <Button type="primary" onClick={() => window.print()}>
              {t('events.agenda.print')}
            </Button>
          </span>
        }
      />
      <Tabs
        activeKey={sheet}
        onChange={(k) => setSheet(k as Sheet)}
        items={[
          { key: 'master', label: t('events.print.master'), children: master },
          { key: 'agendas', label: t('events.print.agendas'), children: all },
          { key: 'cards', label: t('events.print.cards'), children: cards },
        ]}
      />
    </div>
  );
}
