import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { moveErrorText } from './moveErrors';

const t = ((key: string, v?: Record<string, string>) => (v && Object.keys(v).length ? `${key}:${JSON.stringify(v)}` : key)) as unknown as TFunction;

function apiError(code: string, message: string): unknown {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
}

describe('moveErrorText', () => {
  it.each([
    ['CONFLICT', 'A participant of this meeting already has a meeting in that slot', 'events.board.refused.participantBusy'],
    ['CONFLICT', 'That table is already taken in that slot', 'events.board.refused.tableTaken'],
    ['BAD_USER_INPUT', 'participant 4f… is unavailable in that slot', 'events.board.refused.unavailable'],
    ['BAD_USER_INPUT', 'seats 2, the meeting needs 4', 'events.board.refused.tooSmall:{"seats":"2","needs":"4"}'],
    ['CONFLICT', 'Participant x is already at their maximum of 3 meetings', 'events.board.refused.atMaximum:{"max":"3"}'],
    ['BAD_USER_INPUT', 'status is CLOSED; editing the schedule needs SCHEDULED or PUBLISHED', 'events.board.refused.notEditable:{"status":"events.status.CLOSED"}'],
  ])('%s %s', (code, message, want) => {
    expect(moveErrorText(apiError(code, message), t)).toBe(want);
  });

  it('falls back to the general text for refusals it does not know', () => {
    expect(moveErrorText(apiError('FORBIDDEN', 'Coordinators only'), t)).toBe('errors.withDetail:{"base":"errors.FORBIDDEN","detail":"Coordinators only"}');
  });
});
