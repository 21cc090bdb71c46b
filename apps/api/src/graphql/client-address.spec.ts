import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it.each([
    ['no proxy: the peer, X-Forwarded-For ignored', '::ffff:10.0.0.5', '1.2.3.4', 0, '10.0.0.5'],
    ['one proxy: the entry it appended', '10.0.0.1', '203.0.113.7', 1, '203.0.113.7'],
    ['one proxy: a forged entry further left is ignored', '10.0.0.1', '6.6.6.6, 203.0.113.7', 1, '203.0.113.7'],
    ['two proxies', '10.0.0.1', '6.6.6.6, 203.0.113.7, 10.0.0.2', 2, '203.0.113.7'],
    ['fewer entries than hops: the leftmost known', '10.0.0.1', '203.0.113.7', 3, '203.0.113.7'],
    ['trusted hops but no header: the peer', '10.0.0.1', undefined, 1, '10.0.0.1'],
    ['IPv6 peer', '2001:DB8::1', undefined, 0, '2001:db8::1'],
  ])('%s', (_, peer, xff, hops, expected) => {
    expect(clientAddress(peer, xff, hops)).toBe(expected);
  });

  it('reads repeated headers as one list', () => {
    expect(clientAddress('10.0.0.1', ['6.6.6.6', '203.0.113.7'], 1)).toBe('203.0.113.7');
  });
});
