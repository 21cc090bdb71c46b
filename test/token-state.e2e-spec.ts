import { TokenStateCache } from '../libs/identity/src/services/token-state';
import { Factory, type Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

type Loader = { load: (...args: unknown[]) => Promise<unknown> };
const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

describe('access-token state: one read per user and sign-in, however many requests wait for it', () => {
  let t: TestApp;
  let person: Person;
  let cache: TokenStateCache;

  beforeAll(async () => {
    t = await startApp({ TOKEN_STATE_CACHE_MS: '5000' });
    person = await new Factory(t).person('RD_LEAD');
    cache = t.app.get(TokenStateCache);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('answers concurrent requests of a user whose entry expired with one read', async () => {
    const { sub, sid } = claims(person.token);
    cache.forget(person.userId);
    const load = jest.spyOn(TokenStateCache.prototype as unknown as Loader, 'load');
    const states = await Promise.all(Array.from({ length: 20 }, () => cache.get(sub, sid)));
    expect(load).toHaveBeenCalledTimes(1);
    expect(states.every((state) => state?.active && state.orgId === person.orgId)).toBe(true);
    const me = await t.gql('{ me { id } }', {}, person.token);
    expect(me.data?.me.id).toBe(person.userId);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not hand out or keep a read that started before forget', async () => {
    const { sub, sid } = claims(person.token);
    cache.forget(person.userId);
    const load = jest.spyOn(TokenStateCache.prototype as unknown as Loader, 'load');
    const before = cache.get(sub, sid);
    cache.forget(sub);
    const after = cache.get(sub, sid);
    const [a, b] = await Promise.all([before, after]);
    expect(load).toHaveBeenCalledTimes(2);
    expect(a).toEqual(b);
    expect(await cache.get(sub, sid)).toEqual(b);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
