import { describe, expect, it } from 'vitest';
import { funnel } from './funnel';

describe('funnel', () => {
  it('counts each request at every stage it passed', () => {
    const rows = funnel(10, [
      { status: 'REQUESTED', count: 3 },
      { status: 'DECLINED', count: 2 },
      { status: 'ACCEPTED', count: 2 },
      { status: 'NEGOTIATING', count: 1 },
      { status: 'SIGNED', count: 1 },
      { status: 'LANDED', count: 1 },
    ]);
    expect(rows.map((r) => r.reached)).toEqual([10, 5, 3, 3, 2, 1]);
  });
});
