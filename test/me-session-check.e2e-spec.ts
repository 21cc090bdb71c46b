import { codeOf, Factory } from './support/factories';
import { startApp, TestApp } from './support/test-app';

/** `me { id }` is answered from the verified token without reading the user; revocation still ends it. */
describe('me { id }: a session check without a read, as strict as every request', () => {
  let t: TestApp;
  let f: Factory;

  beforeAll(async () => {
    t = await startApp({ TOKEN_STATE_CACHE_MS: '0' });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('gives the same id as the full read, and UNAUTHENTICATED once the person is deactivated', async () => {
    const person = await f.person('OFFICER');
    const full = await t.gql(`{ me { id email } }`, {}, person.token);
    const short = await t.gql(`{ me { id __typename } }`, {}, person.token);
    expect(short.data?.me).toEqual({ id: full.data?.me.id, __typename: 'User' });
    expect(short.data?.me.id).toBe(person.userId);
    const deactivated = await t.gql(
      `mutation($id: ID!) { deactivateUser(userId: $id) { active } }`,
      { id: person.userId },
      await f.admin(),
    );
    expect(deactivated.data?.deactivateUser.active).toBe(false);
    expect(codeOf(await t.gql(`{ me { id } }`, {}, person.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(`{ me { id } }`))).toBe('UNAUTHENTICATED');
  });
});
