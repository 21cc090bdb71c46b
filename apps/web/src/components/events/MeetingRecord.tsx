import { useMutation } from '@apollo/client/react';
import { App, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attendance, MeetingOutcome } from '../../gql/graphql';
import { readableError } from '../../lib/errors';
import { RECORD_ATTENDANCE, RECORD_OUTCOME } from './graphql';

export const OUTCOMES: MeetingOutcome[] = ['COOPERATION_LIKELY', 'FOLLOW_UP_AGREED', 'NO_FIT', 'DID_NOT_TAKE_PLACE'];

/**
 * On the day: whether a meeting happened (ATTENDED / NO_SHOW, coordinators) and how it went (4 levels). The server
 * refuses both before the event day and any outcome but "did not take place" for a no-show; its reason is shown.
 */
export function MeetingRecord({ meeting, canAttend, onDone }: { meeting: { id: string; attendance?: Attendance | null; outcome?: MeetingOutcome | null }; canAttend: boolean; onDone?: () => void }) {
  const { t } = useTranslation();
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
            onChange={(e) => void run(() => attend({ variables: { input: { meetingId: meeting.id, attendance: e.target.value as Attendance } } }))}
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
          onChange={(e) => void run(() => rate({ variables: { input: { meetingId: meeting.id, outcome: e.target.value as MeetingOutcome } } }))}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`events.outcome.${o}`) }))}
        />
      </div>
    </Space>
  );
}
