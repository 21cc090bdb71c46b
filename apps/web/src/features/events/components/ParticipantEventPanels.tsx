import { useQuery } from '@apollo/client/react';
import { Alert, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { EventFieldsFragment } from '../../../gql/graphql';
import { useSession } from '../../../lib/useSession';
import { EVENT_REQUESTS } from '../graphql/events';
import { useRoster } from '../hooks/useRoster';
import { participantOpen } from '../utils/eventActions';
import { MyRequestsPanel } from './MyRequestsPanel';
import { ParticipantDirectory } from './ParticipantDirectory';
import { RegisterForm } from './RegisterForm';

/** What an officer or R&D lead does with an event: register, find others, send and answer requests. */
export function ParticipantEventPanels({ event }: { event: EventFieldsFragment }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const roster = useRoster(event.id);
  const requests = useQuery(EVENT_REQUESTS, { variables: { eventId: event.id } });
  const me = roster.participants.find((p) => p.orgId === user?.orgId);
  const list = requests.data?.meetingRequests ?? [];
  const refresh = () => {
    void roster.refetch();
    void requests.refetch();
  };
  return (
    <>
      <ErrorAlert error={roster.error ?? requests.error} />
      {!me ? (
        <Alert
          type="info"
          showIcon
          title={participantOpen(event.status) ? t('events.participant.notRegistered') : t('events.participant.closed')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Tabs
        items={[
          {
            key: 'register',
            label: me ? t('events.participant.myRegistration') : t('events.participant.register'),
            children: participantOpen(event.status) ? (
              <RegisterForm event={event} current={me} orgId={user?.orgId} coordinator={false} onDone={refresh} />
            ) : (
              <p>{t('events.participant.closed')}</p>
            ),
          },
          {
            key: 'directory',
            label: t('events.participant.directory'),
            children: (
              <ParticipantDirectory
                event={event}
                me={me}
                participants={roster.participants}
                requests={list}
                onSent={refresh}
              />
            ),
          },
          {
            key: 'requests',
            label: t('events.participant.requests'),
            children: <MyRequestsPanel me={me} requests={list} nameOf={roster.nameOf} onChanged={refresh} />,
          },
        ]}
      />
    </>
  );
}
