import '../../../components/events/events.css';
import './board.css';
import { useQuery } from '@apollo/client/react';
import { Button, Popconfirm, Segmented, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { EventStatusTag } from '../../../components/events/EventStatusTag';
import { byId, participantLabel } from '../../../components/events/participants';
import { LoadingBlock } from '../../../components/LoadingBlock';
import { PageHeader } from '../../../components/PageHeader';
import { BOARD, BOARD_PEOPLE } from '../graphql/board';
import { useBoardActions } from '../hooks/useBoardActions';
import {
  buildGrid,
  compareSchedules,
  unscheduledRequests,
  type BoardMeeting,
  type BoardRequest,
  type ScheduleChange,
} from '../utils/boardModel';
import { BoardGrid, type DragPayload } from './BoardGrid';
import { ComparePanel } from './ComparePanel';
import { PersonView, TableView } from './DayViews';
import { MeetingDialog } from './MeetingDialog';
import { UnscheduledList } from './UnscheduledList';
import { LinkButton } from '../../../components/LinkButton';

type View = 'grid' | 'person' | 'table' | 'compare';

/** The schedule board: slots × tables with names, unscheduled requests with reasons, moves, locks, re-runs. */
export default function ScheduleBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const board = useQuery(BOARD, { variables: { eventId: id }, fetchPolicy: 'cache-and-network' });
  const people = useQuery(BOARD_PEOPLE, { variables: { eventId: id }, fetchPolicy: 'cache-and-network' });
  const refetch = async () => {
    const [b] = await Promise.all([board.refetch(), people.refetch()]);
    return b;
  };
  const loading = board.loading || people.loading;
  const error = board.error ?? people.error;
  const data = board.data && people.data ? { ...board.data, ...people.data } : undefined;
  const actions = useBoardActions(id, () => refetch());
  const [view, setView] = useState<View>('grid');
  const [dialog, setDialog] = useState<{ meeting?: BoardMeeting; request?: BoardRequest } | null>(null);
  const [changes, setChanges] = useState<ScheduleChange[] | null>(null);
  const names = useMemo(() => byId(people.data?.eventParticipants), [people.data]);
  const nameOf = (pid: string) => participantLabel(names.get(pid));
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;
  const { event, eventMeetings: meetings, meetingRequests: requests } = data;
  const editable = event.status === 'SCHEDULED' || event.status === 'PUBLISHED' || event.status === 'OPEN';
  const grid = buildGrid(event.slots, event.tables, meetings, requests);
  const left = unscheduledRequests(requests, meetings);
  const live = dialog?.meeting ? meetings.find((m) => m.id === dialog.meeting?.id) : undefined;

  const onDrop = (p: DragPayload, slotId: string, tableId: string) => {
    if (p.kind === 'meeting') void actions.move(p.id, slotId, tableId);
    else void actions.place(p.id, slotId, tableId);
  };
  const rerun = async () => {
    const before = meetings.map((m) => ({ ...m }));
    if (await actions.reschedule()) {
      const after = (await refetch()).data?.eventMeetings ?? [];
      setChanges(compareSchedules(before, after));
      setView('compare');
    }
  };

  return (
    <>
      <PageHeader
        title={
          <>
            {t('events.board.title', { title: event.title })} <EventStatusTag status={event.status} />
          </>
        }
        extra={
          <>
            <LinkButton to={`/events/${event.id}`}>{t('events.board.backToEvent')}</LinkButton>
            <LinkButton to={`/events/${event.id}/print`}>{t('events.overview.print')}</LinkButton>
            {editable && event.status !== 'PUBLISHED' ? (
              <Popconfirm
                title={t('events.board.rerunConfirm')}
                okText={t('events.board.rerun')}
                cancelText={t('common.cancel')}
                onConfirm={() => rerun()}
              >
                <Button type="primary" loading={actions.rescheduling}>
                  {t('events.board.rerun')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<View>
          aria-label={t('events.board.view')}
          value={view}
          onChange={setView}
          options={[
            { value: 'grid', label: t('events.board.viewGrid') },
            { value: 'person', label: t('events.board.viewPerson') },
            { value: 'table', label: t('events.board.viewTable') },
            { value: 'compare', label: t('events.board.viewCompare') },
          ]}
        />
        <span aria-live="polite">
          {t('events.board.summary', {
            meetings: meetings.length,
            locked: meetings.filter((m) => m.locked).length,
            left: left.length,
          })}
        </span>
      </Space>
      <ErrorAlert error={error} />
      {view === 'grid' ? (
        <>
          <p className="board-help">{t('events.board.keyboardHelp')}</p>
          <BoardGrid
            grid={grid}
            nameOf={nameOf}
            editable={editable}
            onDrop={onDrop}
            onOpen={(meeting, request) => setDialog({ meeting, request })}
          />
          <UnscheduledList
            requests={left}
            nameOf={nameOf}
            editable={editable}
            onPlace={(request) => setDialog({ request })}
          />
        </>
      ) : null}
      {view === 'person' ? (
        <PersonView
          participants={data.eventParticipants}
          slots={event.slots}
          tables={event.tables}
          meetings={meetings}
          requests={requests}
          nameOf={nameOf}
        />
      ) : null}
      {view === 'table' ? (
        <TableView slots={event.slots} tables={event.tables} meetings={meetings} requests={requests} nameOf={nameOf} />
      ) : null}
      {view === 'compare' ? (
        <ComparePanel changes={changes} slots={event.slots} tables={event.tables} requests={requests} nameOf={nameOf} />
      ) : null}
      <MeetingDialog
        open={!!dialog}
        meeting={live ?? dialog?.meeting}
        request={dialog?.request}
        slots={event.slots}
        tables={event.tables}
        nameOf={nameOf}
        editable={editable}
        onClose={() => setDialog(null)}
        onMove={(slotId, tableId) =>
          dialog?.meeting
            ? actions.move(dialog.meeting.id, slotId, tableId)
            : dialog?.request
              ? actions.place(dialog.request.id, slotId, tableId)
              : Promise.resolve(false)
        }
        onLock={(locked) => dialog?.meeting && void actions.lock(dialog.meeting.id, locked)}
        onUnschedule={() => {
          if (dialog?.meeting) void actions.unschedule(dialog.meeting.id).then(() => setDialog(null));
        }}
        onRecorded={() => void refetch()}
      />
    </>
  );
}
