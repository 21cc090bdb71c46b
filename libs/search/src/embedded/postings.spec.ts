import { TimeSlice } from '@app/core';
import { FieldIndex } from './postings';

function filled(terms: number): FieldIndex {
  const field = new FieldIndex({ k1: 1.2, b: 0.75 });
  for (let slot = 0; slot < 40; slot++) {
    field.add(
      slot,
      Array.from({ length: terms }, (_, t) => `t${t}`).filter((_, t) => t % 40 === slot || t < 3),
    );
  }
  return field;
}

const entriesOf = (field: FieldIndex) => [...field.terms].map(([term, p]) => [term, [...p.entries], p.df]);

describe('FieldIndex.trim', () => {
  it('keeps every posting as it was', async () => {
    const field = filled(2000);
    const before = entriesOf(field);
    await field.trim();
    expect(entriesOf(field)).toEqual(before);
  });

  it('pauses for the event loop whenever its time slice is due', async () => {
    const field = filled(5000);
    const before = entriesOf(field);
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    try {
      await field.trim(new TimeSlice(0)); // always due: a pause every 512 terms
    } finally {
      clearInterval(timer);
    }
    expect(turns).toBeGreaterThan(0);
    expect(entriesOf(field)).toEqual(before);
  });
});
