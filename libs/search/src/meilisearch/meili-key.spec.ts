import { Meilisearch } from 'meilisearch';
import { MeiliPeer } from '../testing';
import { APP_KEY_ACTIONS, ensureAppKey } from './meili-key';

describe('ensureAppKey against the protocol peer', () => {
  const peer = new MeiliPeer();
  beforeAll(() => peer.start());
  afterAll(() => peer.stop());

  it('creates a key scoped to the app indexes with the master key, then reuses it', async () => {
    const admin = new Meilisearch({ host: peer.url, apiKey: 'master-key-for-test' });
    const first = await ensureAppKey(admin, 'catalog');
    const post = peer.requests.find((r) => r.method === 'POST' && r.path === '/keys');
    expect(post?.authorization).toBe('Bearer master-key-for-test');
    expect(post?.body).toEqual(
      expect.objectContaining({ actions: [...APP_KEY_ACTIONS], indexes: ['catalog*'], expiresAt: null }),
    );
    expect((post?.body as { actions: string[] }).actions).not.toContain('*');
    expect(first.created).toBe(true);

    const again = await ensureAppKey(admin, 'catalog');
    expect(again).toEqual({ key: first.key, created: false });
    expect(peer.requests.filter((r) => r.method === 'POST' && r.path === '/keys')).toHaveLength(1);
  });

  it('replaces a key of the same name whose rights differ', async () => {
    const admin = new Meilisearch({ host: peer.url, apiKey: 'master-key-for-test' });
    const old = [...peer.keys.values()].find((k) => k.name === 'xiushui-app catalog');
    if (!old) throw new Error('no key');
    old.actions = ['*'];
    const next = await ensureAppKey(admin, 'catalog');
    expect(next.created).toBe(true);
    expect(peer.lines()).toContain(`DELETE /keys/${old.uid}`);
    expect([...peer.keys.values()].map((k) => k.actions)).toEqual([[...APP_KEY_ACTIONS]]);
  });
});
