import { describe, expect, it } from 'vitest';
import { buildGrid, compareSchedules, nextCell, personDay, unscheduledRequests } from './boardModel';

const slots = [
  { id: 's1', start: '09:00', end: '09:20' },
  { id: 's2', start: '09:20', end: '09:40' },
];
const tables = [
  { id: 't1', name: '1号桌', capacity: 4 },
  { id: 't2', name: '2号桌', capacity: 4 },
];
const requests = [
  { id: 'r1', fromParticipantId: 'a', toParticipantId: 'b', status: 'ACCEPTED', score: 0.8 },
  {
    id: 'r2',
    fromParticipantId: 'a',
    toParticipantId: 'c',
    status: 'ACCEPTED',
    score: 0.6,
    unscheduledCode: 'NO_COMMON_FREE_SLOT',
  },
  { id: 'r3', fromParticipantId: 'b', toParticipantId: 'c', status: 'PENDING', score: 0.5 },
];
const meetings = [{ id: 'm1', requestId: 'r1', slotId: 's2', tableId: 't1', locked: true }];

describe('board model', () => {
  it('places each meeting in its slot × table cell', () => {
    const grid = buildGrid(slots, tables, meetings, requests);
    expect(grid).toHaveLength(2);
    expect(grid[1][0].meeting?.id).toBe('m1');
    expect(grid[1][0].request?.id).toBe('r1');
    expect(grid.flat().filter((c) => c.meeting)).toHaveLength(1);
  });
  it('lists accepted requests without a meeting only', () => {
    expect(unscheduledRequests(requests, meetings).map((r) => r.id)).toEqual(['r2']);
  });
  it('gives a participant their day slot by slot', () => {
    expect(personDay('b', slots, meetings, requests).map((d) => d.meeting?.id ?? null)).toEqual([null, 'm1']);
    expect(personDay('c', slots, meetings, requests).every((d) => !d.meeting)).toBe(true);
  });
  it('moves focus inside the grid and stops at its edges', () => {
    expect(nextCell('ArrowRight', 0, 0, 2, 2)).toEqual([0, 1]);
    expect(nextCell('ArrowRight', 0, 1, 2, 2)).toEqual([0, 1]);
    expect(nextCell('ArrowUp', 0, 1, 2, 2)).toEqual([0, 1]);
    expect(nextCell('End', 0, 0, 2, 2, true)).toEqual([1, 1]);
    expect(nextCell('Home', 1, 1, 2, 2)).toEqual([1, 0]);
    expect(nextCell('Enter', 0, 0, 2, 2)).toBeNull();
  });
  it('compares two schedules request by request', () => {
    const after = [
      { id: 'm1', requestId: 'r1', slotId: 's1', tableId: 't2', locked: false },
      { id: 'm2', requestId: 'r2', slotId: 's2', tableId: 't2', locked: false },
    ];
    expect(compareSchedules(meetings, after).map((c) => `${c.requestId}:${c.kind}`)).toEqual(['r1:moved', 'r2:added']);
    expect(compareSchedules(after, meetings).map((c) => `${c.requestId}:${c.kind}`)).toEqual([
      'r1:moved',
      'r2:removed',
    ]);
    expect(compareSchedules(meetings, meetings)).toEqual([]);
  });
});
