import { describe, expect, it } from 'vitest';
import { gridCapacity, previewRows, previewSlots } from './slotPreview';

describe('previewSlots (same rule as the server grid)', () => {
  const cases: { name: string; args: Parameters<typeof previewSlots>; want: string[] }[] = [
    { name: 'back to back', args: ['09:00', '10:00', 20, []], want: ['09:00', '09:20', '09:40'] },
    { name: 'no slot past the end', args: ['09:00', '09:50', 20, []], want: ['09:00', '09:20'] },
    {
      name: 'a break pushes the next slot to its end',
      args: ['09:00', '11:00', 30, [{ start: '09:45', end: '10:00' }]],
      want: ['09:00', '10:00', '10:30'],
    },
    {
      name: 'breaks in any order',
      args: [
        '09:00',
        '12:00',
        30,
        [
          { start: '11:00', end: '11:30' },
          { start: '09:30', end: '10:00' },
        ],
      ],
      want: ['09:00', '10:00', '10:30', '11:30'],
    },
    {
      name: 'an unfinished break is ignored',
      args: ['09:00', '10:00', 30, [{ start: '09:30' }]],
      want: ['09:00', '09:30'],
    },
    { name: 'bad times give no slots', args: ['9:00', '10:00', 30, []], want: [] },
    { name: 'end before start', args: ['12:00', '09:00', 15, []], want: [] },
  ];
  it.each(cases)('$name', ({ args, want }) => {
    expect(previewSlots(...args).map((s) => s.start)).toEqual(want);
  });

  it('gives each slot its end', () => {
    expect(previewSlots('13:30', '14:00', 15, [])).toEqual([
      { start: '13:30', end: '13:45' },
      { start: '13:45', end: '14:00' },
    ]);
  });
});

describe('previewRows', () => {
  it('puts breaks between the slots', () => {
    const breaks = [{ start: '09:45', end: '10:00' }];
    const rows = previewRows(previewSlots('09:00', '10:30', 30, breaks), breaks);
    expect(rows.map((r) => `${r.kind}:${r.range.start}`)).toEqual(['slot:09:00', 'break:09:45', 'slot:10:00']);
  });
});

describe('gridCapacity', () => {
  it('counts meetings per grid and seats', () => {
    expect(gridCapacity(6, [{ capacity: 4 }, { capacity: 6 }, { capacity: 4 }])).toEqual({ meetings: 18, seats: 14 });
  });
});
