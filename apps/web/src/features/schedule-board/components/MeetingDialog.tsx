import { useQuery } from '@apollo/client/react';
import { Button, Descriptions, Divider, Modal, Popconfirm, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MeetingRecord } from '../../../components/events/MeetingRecord';
import { popupInDialog } from '../../../components/popupInDialog';
import type { Attendance, MeetingOutcome } from '../../../gql/graphql';
import { MEETING_PLACES } from '../graphql/board';
import { cellKey, type BoardMeeting, type BoardRequest, type BoardSlot, type BoardTable } from '../utils/boardModel';

interface Props {
  open: boolean;
  /** A meeting to act on, or an unscheduled request to place */
  meeting?: BoardMeeting;
  request?: BoardRequest;
  slots: BoardSlot[];
  tables: BoardTable[];
  nameOf: (id: string) => string;
  editable: boolean;
  onClose: () => void;
  onMove: (slotId: string, tableId: string) => Promise<boolean>;
  onLock: (locked: boolean) => void;
  onUnschedule: () => void;
  onRecorded: () => void;
}

/**
 * "Move to…": the keyboard's way to move a meeting (and to place a request). The free places the server lists come
 * first and are marked; any other place may be chosen, and the server says why it refuses.
 */
export function MeetingDialog({
  open,
  meeting,
  request,
  slots,
  tables,
  nameOf,
  editable,
  onClose,
  onMove,
  onLock,
  onUnschedule,
  onRecorded,
}: Props) {
  const { t } = useTranslation();
  const [slotId, setSlotId] = useState<string>();
  const [tableId, setTableId] = useState<string>();
  const places = useQuery(MEETING_PLACES, {
    variables: { requestId: request?.id ?? '' },
    skip: !open || !request || !editable,
    fetchPolicy: 'network-only',
  });
  // the server counts the meeting's own place as free; for a move it is where it already is
  const here = meeting ? cellKey(meeting.slotId, meeting.tableId) : null;
  const free = new Set(
    (places.data?.meetingPlaces ?? []).map((p) => cellKey(p.slotId, p.tableId)).filter((k) => k !== here),
  );
  const freeInSlot = (s: string) => tables.some((tb) => free.has(cellKey(s, tb.id)));
  useEffect(() => {
    setSlotId(meeting?.slotId);
    setTableId(meeting?.tableId);
  }, [meeting, open]);
  if (!request) return null;
  const names = `${nameOf(request.fromParticipantId)} × ${nameOf(request.toParticipantId)}`;
  const slotName = (id?: string) => slots.find((s) => s.id === id);
  const current = slotName(meeting?.slotId);
  return (
    <Modal
      open={open}
      title={meeting ? t('events.board.meetingTitle') : t('events.board.placeTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('events.board.sides')}>{names}</Descriptions.Item>
        {meeting && current ? (
          <Descriptions.Item label={t('events.board.where')}>
            {current.start}–{current.end} · {tables.find((tb) => tb.id === meeting.tableId)?.name}
            {meeting.locked ? ` · ${t('events.board.lockedMark')}` : ''}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {editable ? (
        <>
          <Divider titlePlacement="start">{meeting ? t('events.board.moveTo') : t('events.board.placeAt')}</Divider>
          <p aria-live="polite">
            {places.loading ? t('events.board.loadingPlaces') : t('events.board.freePlaces', { count: free.size })}
          </p>
          <Space wrap align="end">
            <label>
              <div>{t('events.board.slot')}</div>
              <Select
                getPopupContainer={popupInDialog}
                aria-label={t('events.board.slot')}
                style={{ width: 200 }}
                value={slotId}
                onChange={setSlotId}
                options={slots.map((s) => ({
                  value: s.id,
                  label: `${s.start}–${s.end}${freeInSlot(s.id) ? ` ${t('events.board.hasFree')}` : ''}`,
                }))}
              />
            </label>
            <label>
              <div>{t('events.board.table')}</div>
              <Select
                getPopupContainer={popupInDialog}
                aria-label={t('events.board.table')}
                style={{ width: 180 }}
                value={tableId}
                onChange={setTableId}
                options={tables.map((tb) => ({
                  value: tb.id,
                  label: `${tb.name}${slotId && free.has(cellKey(slotId, tb.id)) ? ` ${t('events.board.free')}` : slotId && cellKey(slotId, tb.id) === here ? ` ${t('events.board.current')}` : ''}`,
                }))}
              />
            </label>
            <Button
              type="primary"
              disabled={!slotId || !tableId}
              onClick={() => slotId && tableId && void onMove(slotId, tableId).then((ok) => ok && onClose())}
            >
              {meeting ? t('events.board.moveHere') : t('events.board.placeHere')}
            </Button>
          </Space>
        </>
      ) : null}
      {meeting ? (
        <>
          {editable ? (
            <>
              <Divider />
              <Space wrap>
                <Button onClick={() => onLock(!meeting.locked)}>
                  {meeting.locked ? t('events.board.unlock') : t('events.board.lock')}
                </Button>
                <Popconfirm
                  title={t('events.board.unscheduleConfirm')}
                  okText={t('events.board.unschedule')}
                  cancelText={t('common.cancel')}
                  onConfirm={onUnschedule}
                >
                  <Button danger>{t('events.board.unschedule')}</Button>
                </Popconfirm>
              </Space>
            </>
          ) : null}
          <Divider titlePlacement="start">{t('events.board.dayRecord')}</Divider>
          <MeetingRecord
            meeting={{
              id: meeting.id,
              attendance: (meeting.attendance ?? null) as Attendance | null,
              outcome: (meeting.outcome ?? null) as MeetingOutcome | null,
              outcomeNote: meeting.outcomeNote ?? null,
            }}
            canAttend
            onDone={onRecorded}
          />
        </>
      ) : null}
    </Modal>
  );
}
