import { useMutation } from '@apollo/client/react';
import { App, Button, Input, Radio, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance, MeetingOutcome } from '../../gql/graphql';
import { readableError } from '../../lib/errors';
import { RECORD_ATTENDANCE, RECORD_OUTCOME } from './graphql';

export const OUTCOMES: MeetingOutcome[] = ['COOPERATION_LIKELY', 'FOLLOW_UP_AGREED', 'NO_FIT', 'DID_NOT_TAKE_PLACE'];
/** The server's limit for an outcome's note. */
export const OUTCOME_NOTE_MAX = 1000;

type RecordedMeeting = {
  id: string;
  attendance?: Attendance | null;
  outcome?: MeetingOutcome | null;
  outcomeNote?: string | null;
};

/**
 * On the day: whether a meeting happened (ATTENDED / NO_SHOW, coordinators) and how it went (4 levels). The server
 * refuses both before the event day and any outcome but "did not take place" for a no-show; its reason is shown.
 * A note (what was agreed) goes with the outcome: changing the outcome keeps it, saving it sends the outcome again.
 */
export function MeetingRecord({
  meeting,
  canAttend,
  onDone,
}: {
  meeting: RecordedMeeting;
  canAttend: boolean;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const saved = meeting.outcomeNote ?? '';
  const [note, setNote] = useState(saved);
  useEffect(() => setNote(saved), [saved]);
  const { message } = App.useApp();
  const [attend, attendState] = useMutation(RECORD_ATTENDANCE);
  const [rate, rateState] = useMutation(RECORD_OUTCOME);
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      void message.success(t('events.record.saved'));
      onDone?.();
    } catch (e) {
      void message.error(readableError(e, t).message);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canAttend ? (
        <div role="group" aria-labelledby={`att-${meeting.id}`}>
          <div id={`att-${meeting.id}`} className="record-label">
            {t('events.record.attendance')}
          </div>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            disabled={attendState.loading}
            value={meeting.attendance ?? undefined}
            onChange={(e) =>
              void run(() =>
                attend({ variables: { input: { meetingId: meeting.id, attendance: e.target.value as Attendance } } }),
              )
            }
            options={(['ATTENDED', 'NO_SHOW'] as const).map((a) => ({ value: a, label: t(`events.attendance.${a}`) }))}
          />
        </div>
      ) : null}
      <div role="group" aria-labelledby={`out-${meeting.id}`}>
        <div id={`out-${meeting.id}`} className="record-label">
          {t('events.record.outcome')}
        </div>
        <Radio.Group
          disabled={rateState.loading}
          value={meeting.outcome ?? undefined}
          onChange={(e) =>
            void run(() =>
              rate({ variables: { input: { meetingId: meeting.id, outcome: e.target.value as MeetingOutcome } } }),
            )
          }
          options={OUTCOMES.map((o) => ({ value: o, label: t(`events.outcome.${o}`) }))}
        />
      </div>
      <div>
        <label htmlFor={`note-${meeting.id}`} className="record-label">
          {t('events.record.note')}
        </label>
        <Input.TextArea
          id={`note-${meeting.id}`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={OUTCOME_NOTE_MAX}
          showCount
          autoSize={{ minRows: 2, maxRows: 6 }}
          disabled={!meeting.outcome || rateState.loading}
          placeholder={meeting.outcome ? t('events.record.notePlaceholder') : t('events.record.noteNeedsOutcome')}
        />
        <Button
          style={{ marginTop: 8 }}
          disabled={!meeting.outcome || note === saved}
          loading={rateState.loading}
          onClick={() => {
            const outcome = meeting.outcome;
            if (outcome) void run(() => rate({ variables: { input: { meetingId: meeting.id, outcome, note } } }));
          }}
        >
          {t('events.record.saveNote')}
        </Button>
      </div>
    </Space>
  );
}
