import { Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personDay, type BoardMeeting, type BoardRequest, type BoardSlot, type BoardTable } from '../utils/boardModel';

interface Base {
  slots: BoardSlot[];
  tables: BoardTable[];
  meetings: BoardMeeting[];
  requests: BoardRequest[];
  nameOf: (id: string) => string;
}

/** One participant's day, slot by slot: where to be and whom they meet. */
export function PersonView({ participants, ...b }: Base & { participants: { id: string }[] }) {
  const { t } = useTranslation();
  const [who, setWho] = useState<string | undefined>(participants[0]?.id);
  const day = who ? personDay(who, b.slots, b.meetings, b.requests) : [];
  return (
    <>
      <label>
        <span style={{ marginRight: 8 }}>{t('events.board.participant')}</span>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('events.board.participant')}
          style={{ width: 280, marginBottom: 12 }}
          value={who}
          onChange={setWho}
          options={participants.map((p) => ({ value: p.id, label: b.nameOf(p.id) }))}
        />
      </label>
      <Table
        rowKey={(d) => d.slot.id}
        size="small"
        pagination={false}
        dataSource={day}
        columns={[
          {
            title: t('events.board.slot'),
            key: 's',
            width: 130,
            render: (_: unknown, d) => `${d.slot.start}–${d.slot.end}`,
          },
          {
            title: t('events.board.table'),
            key: 't',
            width: 120,
            render: (_: unknown, d) => (d.meeting ? b.tables.find((tb) => tb.id === d.meeting?.tableId)?.name : '—'),
          },
          {
            title: t('events.board.counterpart'),
            key: 'c',
            render: (_: unknown, d) =>
              d.request && who
                ? b.nameOf(
                    d.request.fromParticipantId === who ? d.request.toParticipantId : d.request.fromParticipantId,
                  )
                : t('events.board.free'),
          },
        ]}
      />
    </>
  );
}

/** One table's day, for its host. */
export function TableView(b: Base) {
  const { t } = useTranslation();
  const [tableId, setTableId] = useState<string | undefined>(b.tables[0]?.id);
  const reqs = new Map(b.requests.map((r) => [r.id, r]));
  const rows = b.slots.map((slot) => {
    const meeting = b.meetings.find((m) => m.slotId === slot.id && m.tableId === tableId);
    return { slot, meeting, request: meeting ? reqs.get(meeting.requestId) : undefined };
  });
  return (
    <>
      <label>
        <span style={{ marginRight: 8 }}>{t('events.board.table')}</span>
        <Select
          aria-label={t('events.board.table')}
          style={{ width: 200, marginBottom: 12 }}
          value={tableId}
          onChange={setTableId}
          options={b.tables.map((tb) => ({ value: tb.id, label: tb.name }))}
        />
      </label>
      <Table
        rowKey={(d) => d.slot.id}
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('events.board.slot'),
            key: 's',
            width: 130,
            render: (_: unknown, d) => `${d.slot.start}–${d.slot.end}`,
          },
          {
            title: t('events.board.sides'),
            key: 'n',
            render: (_: unknown, d) =>
              d.request
                ? `${b.nameOf(d.request.fromParticipantId)} × ${b.nameOf(d.request.toParticipantId)}`
                : t('events.board.free'),
          },
        ]}
      />
    </>
  );
}
