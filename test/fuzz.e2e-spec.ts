import { randomUUID } from 'node:crypto';
import { Factory } from './support/factories';
import {
  hostile,
  INTROSPECT,
  leaves,
  mutationDocument,
  sample,
  schemaInfo,
  SchemaInfo,
  withValue,
} from './support/fuzz';
import { startApp, TestApp } from './support/test-app';

type Result = Awaited<ReturnType<TestApp['gql']>>;

/**
 * Every mutation's every input leaf, replaced in turn by NUL, lone surrogates, 100k characters, forged cursors,
 * huge and negative numbers, invalid enums, 60 invalid list items and null: never an internal error, and nothing
 * the hostile values reach is written.
 */
describe('fuzz: hostile values in every mutation input', () => {
  let t: TestApp;
  let info: SchemaInfo;
  let admin: string;
  const ids: { uuid: string } = { uuid: randomUUID() };

  beforeAll(async () => {
    t = await startApp();
    const f = new Factory(t);
    admin = await f.admin();
    const officer = await f.person('OFFICER');
    const rd = await f.person('RD_LEAD');
    ids.uuid = (await f.achievement(officer)).id;
    await f.need(rd);
    const res = await t.gql(INTROSPECT, {}, admin);
    info = schemaInfo(res.data as Parameters<typeof schemaInfo>[0]);
  });
  afterAll(() => t.close());

  /**
   * A fingerprint of every table's content, so a write anywhere shows. Sign-in and per-address throttles are left
   * out: a refused login is recorded there by design (that is the throttle working, not hostile data stored).
   */
  async function fingerprint(): Promise<Record<string, string>> {
    return t.db.read(async (em) => {
      const tables: { tablename: string }[] = await em.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'login_throttles', 'login_failures') ORDER BY 1`,
      );
      const out: Record<string, string> = {};
      for (const { tablename } of tables) {
        const [row] = await em.query(
          `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${tablename}" t`,
        );
        out[tablename] = `${row.n}:${row.h}`;
      }
      return out;
    });
  }

  async function run(onlyNull: boolean): Promise<{ sent: number; internal: string[]; accepted: string[] }> {
    const internal: string[] = [];
    const accepted: string[] = [];
    let sent = 0;
    for (const m of info.mutations) {
      const base = Object.fromEntries(m.args.map((a) => [a.name, sample(info, a.type, ids)]));
      const doc = mutationDocument(m);
      const variants = leaves(info, m.args, base).flatMap((leaf) =>
        (onlyNull ? [null] : hostile(info, leaf.type)).map((v) => ({ leaf, v })),
      );
      // Batches of concurrent requests keep the run short; each request is independent.
      for (let i = 0; i < variants.length; i += 8) {
        const batch = variants.slice(i, i + 8);
        const results: Result[] = await Promise.all(
          batch.map(({ leaf, v }) => t.gql(doc, withValue(base, leaf.path, v), admin)),
        );
        results.forEach((res, j) => {
          sent++;
          const what = `${m.name} ${batch[j].leaf.path.join('.')}=${JSON.stringify(batch[j].v)?.slice(0, 20)}`;
          if (
            (res.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ||
            (!res.errors && !res.data)
          )
            internal.push(`${what}: ${JSON.stringify(res.errors)?.slice(0, 200)}`);
          if (!res.errors) accepted.push(what);
        });
      }
    }
    return { sent, internal, accepted };
  }

  it('hostile values: 0 internal errors, 0 changed rows', async () => {
    const before = await fingerprint();
    const started = Date.now();
    const { sent, internal, accepted } = await run(false);
    console.log(
      `fuzz: ${sent} hostile requests over ${info.mutations.length} mutations in ${Date.now() - started} ms; answered without error (no-ops such as logout): ${accepted.join(', ') || 'none'}`,
    );
    expect(internal).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });

  it('explicit nulls: 0 internal errors', async () => {
    const { sent, internal } = await run(true);
    console.log(`fuzz: ${sent} null requests`);
    expect(internal).toEqual([]);
  });
});
