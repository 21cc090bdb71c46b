import { graphql } from '../../gql';

/** Day records, shared by the board and the check-in desk. */
export const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      id
      attendance
      outcome
      outcomeNote
    }
  }
`);

export const RECORD_OUTCOME = graphql(`
  mutation RecordMeetingOutcome($input: OutcomeInput!) {
    recordMeetingOutcome(input: $input) {
      id
      attendance
      outcome
      outcomeNote
    }
  }
`);
