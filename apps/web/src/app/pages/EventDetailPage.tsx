import '../../components/events/events.css';
import { useQuery } from '@apollo/client/react';
import { Card } from 'antd';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventStatusTag } from '../../components/events/EventStatusTag';
import { LoadingBlock } from '../../components/LoadingBlock';
import { PageHeader } from '../../components/PageHeader';
import {
  CoordinatorEventPanels,
  EVENT,
  EventActions,
  EventOverview,
  ParticipantEventPanels,
} from '../../features/events';
import { useSession } from '../../lib/useSession';

/** One event: its set-up and links; coordinators run it, participants register and book meetings. */
export default function EventDetailPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const coordinator = user?.role === 'ADMIN' || user?.role === 'COORDINATOR';
  const { data, loading, error, refetch } = useQuery(EVENT, { variables: { id } });
  if (loading && !data) return <LoadingBlock />;
  if (!data) return <ErrorAlert error={error} />;
  const event = data.event;
  return (
    <>
      <PageHeader
        title={
          <>
            {event.title} <EventStatusTag status={event.status} />
          </>
        }
        extra={coordinator ? <EventActions event={event} onChanged={() => void refetch()} /> : null}
      />
      <Card style={{ marginBottom: 16 }}>
        <EventOverview event={event} coordinator={coordinator} />
      </Card>
      <Card>{coordinator ? <CoordinatorEventPanels event={event} /> : <ParticipantEventPanels event={event} />}</Card>
    </>
  );
}
