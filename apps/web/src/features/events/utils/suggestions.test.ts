import { describe, expect, it } from 'vitest';
import { pairKey, suggestionsToAccept } from './suggestions';

describe('suggestions', () => {
  it('names a pair the same way from either side', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
  });
  it('accepts only chosen pairs without a request yet', () => {
    const rows = [{ key: pairKey('e1', 'u1') }, { key: pairKey('e2', 'u1') }, { key: pairKey('e3', 'u2') }];
    const existing = new Set([pairKey('u1', 'e2')]);
    expect(
      suggestionsToAccept(
        rows,
        rows.map((r) => r.key),
        existing,
      ),
    ).toEqual([rows[0], rows[2]]);
    expect(suggestionsToAccept(rows, [rows[2].key], existing)).toEqual([rows[2]]);
  });
});
