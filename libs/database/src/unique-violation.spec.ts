import { uniqueViolation } from './unique-violation';

describe('uniqueViolation', () => {
  it.each([
    [
      { code: '23505', constraint: 'meetings_table_once_per_slot' },
      { constraint: 'meetings_table_once_per_slot', columns: [] },
    ],
    [
      {
        driverError: {
          code: '23505',
          constraint: 'meeting_seats_participant_once_per_slot',
          detail: 'Key (event_id, slot_id, participant_id)=(a, b, c) already exists.',
        },
      },
      { constraint: 'meeting_seats_participant_once_per_slot', columns: ['event_id', 'slot_id', 'participant_id'] },
    ],
    [
      { code: '23505', detail: 'Key (org_id, "key")=(x, y) already exists.' },
      { constraint: '', columns: ['org_id', 'key'] },
    ],
    [{ code: '23503', constraint: 'fk' }, null],
    [{ driverError: { code: '23502' } }, null],
    [new Error('boom'), null],
    [null, null],
    ['23505', null],
  ])('%j → %j', (error, expected) => {
    expect(uniqueViolation(error)).toEqual(expected);
  });
});
