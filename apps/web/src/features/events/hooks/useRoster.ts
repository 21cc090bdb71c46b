import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { byId, participantLabel } from '../../../components/events/participants';
import { EVENT_PARTICIPANTS } from '../graphql/events';

/** The event's participants, and a function naming any of them by id. */
export function useRoster(eventId: string) {
  const query = useQuery(EVENT_PARTICIPANTS, { variables: { eventId } });
  const participants = useMemo(() => query.data?.eventParticipants ?? [], [query.data]);
  const map = useMemo(() => byId(participants), [participants]);
  const nameOf = (id: string) => participantLabel(map.get(id));
  return { ...query, participants, map, nameOf };
}
