import { graphql } from '../../../gql';

export const EVENT_FIELDS = graphql(`
  fragment EventFields on Event {
    id
    title
    theme
    organisers
    venue
    date
    registrationDeadline
    dayStart
    dayEnd
    slotMinutes
    status
    version
    rosterVersion
    cancelReason
    breaks {
      start
      end
    }
    tables {
      id
      name
      capacity
    }
    slots {
      id
      position
      start
      end
    }
    roadshows {
      id
      title
      speaker
      start
      end
      achievementId
    }
  }
`);

export const PARTICIPANT_FIELDS = graphql(`
  fragment EventParticipantFields on EventParticipant {
    id
    displayName
    orgId
    maxMeetings
    checkedInAt
    unavailableSlotIds
    userIds
    organization {
      kind
    }
    guest {
      phone
      email
    }
  }
`);

export const REQUEST_FIELDS = graphql(`
  fragment MeetingRequestFields on MeetingRequest {
    id
    eventId
    fromParticipantId
    toParticipantId
    status
    source
    message
    score
    createdAt
    expiresAt
    unscheduledCode
    unscheduledReason
  }
`);

/** The list asks for a few fields: the server counts 200 events per list in its cost limit. */
export const EVENTS = graphql(`
  query Events($statuses: [EventStatus!]) {
    events(statuses: $statuses) {
      id
      title
      date
      venue
      registrationDeadline
      status
    }
  }
`);

export const EVENT = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      ...EventFields
    }
  }
`);

export const EVENT_PARTICIPANTS = graphql(`
  query EventParticipants($eventId: ID!) {
    eventParticipants(eventId: $eventId) {
      ...EventParticipantFields
    }
  }
`);

export const EVENT_REQUESTS = graphql(`
  query EventMeetingRequests($eventId: ID!) {
    meetingRequests(eventId: $eventId) {
      ...MeetingRequestFields
    }
  }
`);

export const SUGGEST_MEETINGS = graphql(`
  query SuggestMeetings($eventId: ID!, $first: Int!) {
    suggestMeetings(eventId: $eventId, first: $first) {
      achievementId
      needId
      enterpriseParticipantId
      instituteParticipantId
      score
      reasons
      need {
        id
        title
      }
      achievement {
        id
        title
      }
    }
  }
`);

/**
 * The listings of the participants' organisations, as two pages of 100 (asking each participant for its listings
 * would multiply by the server's cap of 500 participants and pass its cost limit).
 */
export const PARTICIPANT_LISTINGS = graphql(`
  query ParticipantListings($orgIds: [ID!]!) {
    achievements(first: 100, filter: { orgIds: $orgIds, statuses: [PUBLISHED] }) {
      edges {
        node {
          id
          title
          organization {
            id
          }
        }
      }
    }
    needs(first: 100, filter: { orgIds: $orgIds, statuses: [OPEN] }) {
      edges {
        node {
          id
          title
          organization {
            id
          }
        }
      }
    }
  }
`);

export const ORGANIZATIONS = graphql(`
  query EventOrganizations {
    organizations {
      id
      name
      kind
    }
  }
`);

export const CREATE_EVENT = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...EventFields
    }
  }
`);

export const UPDATE_EVENT = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      ...EventFields
    }
  }
`);

export const OPEN_EVENT = graphql(`
  mutation OpenEvent($input: VersionedRefInput!) {
    openEvent(input: $input) {
      ...EventFields
    }
  }
`);

export const PUBLISH_EVENT = graphql(`
  mutation PublishEvent($input: VersionedRefInput!) {
    publishEvent(input: $input) {
      ...EventFields
    }
  }
`);

export const CLOSE_EVENT = graphql(`
  mutation CloseEvent($input: VersionedRefInput!) {
    closeEvent(input: $input) {
      ...EventFields
    }
  }
`);

export const CANCEL_EVENT = graphql(`
  mutation CancelEvent($input: CancelEventInput!) {
    cancelEvent(input: $input) {
      ...EventFields
    }
  }
`);

export const DELETE_EVENT = graphql(`
  mutation DeleteEvent($input: VersionedRefInput!) {
    deleteEvent(input: $input)
  }
`);

export const SCHEDULE_EVENT = graphql(`
  mutation ScheduleEventFromConsole($eventId: ID!) {
    scheduleEvent(eventId: $eventId) {
      requests
      scheduled
      locked
      moved
    }
  }
`);

export const REGISTER_PARTICIPANT = graphql(`
  mutation RegisterParticipant($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) {
      ...EventParticipantFields
    }
  }
`);

export const REGISTER_GUEST = graphql(`
  mutation RegisterGuest($input: RegisterGuestInput!) {
    registerGuest(input: $input) {
      ...EventParticipantFields
    }
  }
`);

export const SEND_MEETING_REQUEST = graphql(`
  mutation SendMeetingRequest($input: SendMeetingRequestInput!) {
    sendMeetingRequest(input: $input) {
      ...MeetingRequestFields
    }
  }
`);

export const RESPOND_MEETING_REQUEST = graphql(`
  mutation RespondMeetingRequest($input: RespondMeetingRequestInput!) {
    respondToMeetingRequest(input: $input) {
      ...MeetingRequestFields
    }
  }
`);

export const ADD_MEETING = graphql(`
  mutation AddMeeting($input: AddMeetingInput!) {
    addMeeting(input: $input) {
      ...MeetingRequestFields
    }
  }
`);

export const ORG_USERS = graphql(`
  query EventOrgUsers($orgId: ID!) {
    users(orgId: $orgId) {
      id
      displayName
    }
  }
`);
