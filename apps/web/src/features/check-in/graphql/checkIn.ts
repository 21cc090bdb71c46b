import { graphql } from '../../../gql';

export const CHECK_IN_ROSTER = graphql(`
  query CheckInRoster($eventId: ID!) {
    event(id: $eventId) {
      id
      title
      date
      status
    }
    eventParticipants(eventId: $eventId) {
      id
      displayName
      checkedInAt
    }
  }
`);

export const CHECK_IN_AGENDA = graphql(`
  query CheckInAgenda($eventId: ID!, $participantId: ID!) {
    eventAgenda(eventId: $eventId, participantId: $participantId) {
      participant {
        id
        displayName
      }
      meetings {
        start
        end
        tableName
        counterpart {
          id
          displayName
        }
        meeting {
          id
          attendance
          outcome
          outcomeNote
        }
      }
    }
  }
`);

export const CHECK_IN = graphql(`
  mutation CheckInParticipant($participantId: ID!) {
    checkInParticipant(participantId: $participantId) {
      id
      checkedInAt
    }
  }
`);
