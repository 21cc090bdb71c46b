import { Actor, DomainError } from '@app/core';
import { generateListingKey, pickByKey } from './listing-keys';

describe('generateListingKey', () => {
  it('is a prefix and 8 Crockford base32 characters, different each time', () => {
    const keys = Array.from({ length: 200 }, () => generateListingKey('N'));
    for (const key of keys) expect(key).toMatch(/^N-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(new Set(keys).size).toBe(200);
    expect(generateListingKey('A')).toMatch(/^A-/);
  });
});

describe('pickByKey', () => {
  const actor = { userId: 'u', orgId: 'mine', role: 'RD_LEAD' } as Actor;
  const row = (orgId: string, visible = true) => ({ orgId, visible });
  const see = (r: { visible: boolean }) => r.visible;

  it.each([
    ['nothing', [], null],
    ['only an invisible one', [row('b', false)], null],
    ['one visible', [row('b')], 'b'],
    ['own beats visible others', [row('b'), row('mine'), row('c')], 'mine'],
    ['an invisible one does not make it ambiguous', [row('b'), row('c', false)], 'b'],
  ])('%s', (_label, rows, expected) => {
    expect(pickByKey(actor, rows, see, 'K')?.orgId ?? null).toBe(expected);
  });

  it('several visible listings of other organisations are ambiguous: BAD_USER_INPUT on key', () => {
    expect(() => pickByKey(actor, [row('b'), row('c')], see, 'K')).toThrow(DomainError);
    expect(() => pickByKey(actor, [row('b'), row('c')], see, 'K')).toThrow(/several organizations/);
  });
});
