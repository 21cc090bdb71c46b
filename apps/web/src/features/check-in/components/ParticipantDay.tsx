import { useQuery } from '@apollo/client/react';
import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MeetingRecord } from '../../../components/events/MeetingRecord';
import { CHECK_IN_AGENDA } from '../graphql/checkIn';

/** The participant's meetings at the desk, each with attendance and outcome. */
export function ParticipantDay({ eventId, participantId }: { eventId: string; participantId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CHECK_IN_AGENDA, { variables: { eventId, participantId } });
  return (
    <>
      <ErrorAlert error={error} />
      <List
        size="small"
        style={{ marginTop: 12 }}
        dataSource={data?.eventAgenda.meetings ?? []}
        locale={{ emptyText: t('events.agenda.noMeetings') }}
        renderItem={(m) => (
          <List.Item style={{ display: 'block' }}>
            <div className="check-in-meeting">
              <strong>
                {m.start}–{m.end} · {m.tableName}
              </strong>
              <div>{m.counterpart.displayName}</div>
            </div>
            <MeetingRecord meeting={m.meeting} canAttend onDone={() => void refetch()} />
          </List.Item>
        )}
      />
    </>
  );
}
