import { describe, expect, it } from 'vitest';
import { appendEdges } from './connection';

describe('appendEdges', () => {
  it('keeps the edges shown and adds the next page with its page info', () => {
    const prev = {
      needs: { totalCount: 3, pageInfo: { endCursor: 'b', hasNextPage: true }, edges: [{ node: 1 }, { node: 2 }] },
    };
    const next = { needs: { totalCount: 3, pageInfo: { endCursor: 'c', hasNextPage: false }, edges: [{ node: 3 }] } };
    const merged = appendEdges('needs')(prev, { fetchMoreResult: next });
    expect(merged.needs.edges).toEqual([{ node: 1 }, { node: 2 }, { node: 3 }]);
    expect(merged.needs.pageInfo).toEqual({ endCursor: 'c', hasNextPage: false });
    expect(prev.needs.edges).toHaveLength(2);
  });
});
