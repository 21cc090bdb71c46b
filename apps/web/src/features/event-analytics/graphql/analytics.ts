import { graphql } from '../../../gql';

export const EVENT_ANALYTICS = graphql(`
  query EventAnalyticsPage($eventId: ID!) {
    event(id: $eventId) {
      id
      title
      status
    }
    eventAnalytics(eventId: $eventId) {
      participants
      checkedIn
      requestsSent
      requestsAccepted
      coordinatorMeetings
      meetingsScheduled
      meetingsHeld
      noShowRate
      meetingsPerParticipant
      outcomes {
        outcome
        count
      }
      perParticipant {
        participantId
        meetings
      }
      matchesAdvanced {
        total
        byStage {
          stage
          count
        }
      }
    }
  }
`);

export const ANALYTICS_NAMES = graphql(`
  query EventAnalyticsNames($eventId: ID!) {
    eventParticipants(eventId: $eventId) {
      id
      displayName
    }
  }
`);
