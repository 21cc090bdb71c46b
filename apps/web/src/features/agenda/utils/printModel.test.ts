import { describe, expect, it } from 'vitest';
import { agendasByParticipant, tableDay } from './printModel';

const slots = [
  { id: 's1', start: '09:00', end: '09:20' },
  { id: 's2', start: '09:20', end: '09:40' },
];
const tables = [
  { id: 't1', name: '1号桌' },
  { id: 't2', name: '2号桌' },
];
const requests = [
  { id: 'r1', fromParticipantId: 'a', toParticipantId: 'b' },
  { id: 'r2', fromParticipantId: 'c', toParticipantId: 'a' },
];
const meetings = [
  { requestId: 'r1', slotId: 's2', tableId: 't1' },
  { requestId: 'r2', slotId: 's1', tableId: 't2' },
];

describe('print model', () => {
  it('gives both sides of every meeting their line, in time order', () => {
    const byP = agendasByParticipant(slots, tables, meetings, requests);
    expect(byP.get('a')).toEqual([
      { start: '09:00', end: '09:20', table: '2号桌', counterpartId: 'c' },
      { start: '09:20', end: '09:40', table: '1号桌', counterpartId: 'b' },
    ]);
    expect(byP.get('b')?.map((l) => l.counterpartId)).toEqual(['a']);
    expect(byP.has('d')).toBe(false);
  });
  it('lists a table card slot by slot', () => {
    expect(tableDay('t1', slots, meetings, requests)).toEqual([
      { slot: slots[0], sides: null },
      { slot: slots[1], sides: ['a', 'b'] },
    ]);
  });
});
