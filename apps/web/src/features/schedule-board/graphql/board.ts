import { graphql } from '../../../gql';

export const BOARD = graphql(`
  query ScheduleBoard($eventId: ID!) {
    event(id: $eventId) {
      id
      title
      date
      status
      version
      slots {
        id
        position
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
      ...BoardMeetingFields
    }
  }
`);

/** Apart from the grid: one operation with all of it would pass the server's cost limit on a large event. */
export const BOARD_PEOPLE = graphql(`
  query ScheduleBoardPeople($eventId: ID!) {
    meetingRequests(eventId: $eventId) {
      id
      fromParticipantId
      toParticipantId
      status
      score
      unscheduledCode
      unscheduledReason
    }
    eventParticipants(eventId: $eventId) {
      id
      displayName
      orgId
      checkedInAt
    }
  }
`);

export const BOARD_MEETING_FIELDS = graphql(`
  fragment BoardMeetingFields on Meeting {
    id
    eventId
    requestId
    slotId
    tableId
    locked
    attendance
    outcome
    outcomeNote
  }
`);

export const MEETING_PLACES = graphql(`
  query MeetingPlaces($requestId: ID!) {
    meetingPlaces(requestId: $requestId) {
      slotId
      tableId
    }
  }
`);

export const MOVE_MEETING = graphql(`
  mutation MoveMeeting($input: MoveMeetingInput!) {
    moveMeeting(input: $input) {
      ...BoardMeetingFields
    }
  }
`);

export const PLACE_MEETING = graphql(`
  mutation PlaceMeeting($input: PlaceMeetingInput!) {
    placeMeeting(input: $input) {
      ...BoardMeetingFields
    }
  }
`);

export const LOCK_MEETING = graphql(`
  mutation LockMeeting($input: LockMeetingInput!) {
    lockMeeting(input: $input) {
      ...BoardMeetingFields
    }
  }
`);

export const UNSCHEDULE_MEETING = graphql(`
  mutation UnscheduleMeeting($meetingId: ID!) {
    unscheduleMeeting(meetingId: $meetingId)
  }
`);

export const RESCHEDULE = graphql(`
  mutation ScheduleEventFromBoard($eventId: ID!) {
    scheduleEvent(eventId: $eventId) {
      requests
      scheduled
      locked
      moved
    }
  }
`);
