import { graphql } from '../../../gql';

export const AGENDA = graphql(`
  query EventAgenda($eventId: ID!, $participantId: ID) {
    event(id: $eventId) {
      id
      title
      venue
      date
      status
    }
    eventAgenda(eventId: $eventId, participantId: $participantId) {
      eventId
      date
      published
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
      roadshows {
        id
        start
        end
        speaker
        title
      }
    }
  }
`);

export const CALENDAR_TOKEN = graphql(`
  query CalendarToken {
    calendarTokenIssuedAt
  }
`);

export const REGENERATE_CALENDAR = graphql(`
  mutation RegenerateCalendarToken {
    regenerateCalendarToken {
      path
      createdAt
    }
  }
`);

export const REVOKE_CALENDAR = graphql(`
  mutation RevokeCalendarToken {
    revokeCalendarToken
  }
`);

/** The printed schedules: the grid and the people, in two operations under the server's cost limit. */
export const PRINT_SCHEDULE = graphql(`
  query PrintSchedule($eventId: ID!) {
    event(id: $eventId) {
      id
      title
      venue
      date
      status
      slots {
        id
        start
        end
      }
      tables {
        id
        name
        capacity
      }
    }
    eventMeetings(eventId: $eventId) {
      id
      requestId
      slotId
      tableId
    }
  }
`);

export const PRINT_PEOPLE = graphql(`
  query PrintPeople($eventId: ID!) {
    meetingRequests(eventId: $eventId) {
      id
      fromParticipantId
      toParticipantId
    }
    eventParticipants(eventId: $eventId) {
      id
      displayName
    }
  }
`);
