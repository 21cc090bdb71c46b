import { BagCache } from './bag-cache';

describe('BagCache', () => {
  const bag = (t: string) => new Map([[t, 1]]);

  it('returns a bag only for the exact text it was built from', () => {
    const sut = new BagCache();
    sut.set('a', 'title|body', bag('x'));
    expect(sut.get('a', 'title|body')).toEqual(bag('x'));
    expect(sut.get('a', 'title|edited body')).toBeUndefined();
    expect(sut.get('b', 'title|body')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond its capacity', () => {
    const sut = new BagCache(2);
    sut.set('a', 'a', bag('a'));
    sut.set('b', 'b', bag('b'));
    sut.get('a', 'a'); // a is now the most recent
    sut.set('c', 'c', bag('c'));
    expect(sut.size).toBe(2);
    expect(sut.get('b', 'b')).toBeUndefined();
    expect(sut.get('a', 'a')).toBeDefined();
    expect(sut.get('c', 'c')).toBeDefined();
  });
});
