import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/core';
import { openDatabase } from '@app/database';
import { Factory } from './support/factories';
import { startApp } from './support/test-app';

const embedded = !process.env.DATABASE_URL;

describe('persistence and concurrency', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xiushui-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('data and sign-ins survive a restart', async () => {
    // PostgreSQL deployments set JWT_SECRET; the embedded mode keeps a generated one in DATA_DIR.
    const env: Record<string, string> = embedded
      ? { DATA_DIR: dataDir }
      : { JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789' };
    const first = await startApp(env);
    const f = new Factory(first);
    const officer = await f.person('OFFICER');
    const a = await f.achievement(officer, { title: '重启后仍在的成果' });
    await first.close();

    const second = await startApp({ ...env, KEEP_DATA: '1' });
    // The same token still works: the embedded JWT secret is kept in DATA_DIR.
    const res = await second.gql(`query($id: ID!) { achievement(id: $id) { title } }`, { id: a.id }, officer.token);
    expect(res.data?.achievement.title).toBe('重启后仍在的成果');
    await second.close();
  });

  (embedded ? it : it.skip)('a new data folder is initialised (in a worker) with the embedded settings', async () => {
    const folder = join(dataDir, 'settings');
    const t = await startApp({ DATA_DIR: folder, EMBEDDED_SHARED_BUFFERS_MB: '24' });
    try {
      expect(existsSync(join(folder, 'pgdata', 'PG_VERSION'))).toBe(true);
      const [row] = await t.db.read((em) => em.query(`SELECT current_setting('shared_buffers') AS value`));
      expect(row.value).toBe('24MB');
    } finally {
      await t.close();
    }
  });

  // A smoke test of the whole stack under concurrent load; the deterministic proof that the embedded queue is
  // needed (it fails without it) is the rollback test below.
  it('concurrent writers lose nothing (creates, updates, a failing transaction, reads)', async () => {
    const t = await startApp(embedded ? { DATA_DIR: join(dataDir, 'concurrency') } : {});
    try {
      const f = new Factory(t);
      const officer = await f.person('OFFICER');
      const rd = await f.person('RD_LEAD');
      const targets = await Promise.all(Array.from({ length: 5 }, () => f.achievement(officer)));
      const CREATE = `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { id } }`;
      const UPDATE = `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { version } }`;
      const creates = Array.from({ length: 40 }, (_, i) =>
        t.gql(
          CREATE,
          {
            input: {
              key: `CC${i}`,
              title: `并发${i}`,
              summary: 's',
              industry: 'NEW_MATERIALS',
              keywords: [],
              trl: 3,
              ip: [],
              cooperationModes: ['SERVICE'],
              team: '',
              contact: '',
            },
          },
          officer.token,
        ),
      );
      // A write that fails inside its transaction (duplicate key) must roll back alone.
      const failing = Array.from({ length: 5 }, () =>
        t.gql(
          CREATE,
          {
            input: {
              key: 'CC0',
              title: 'dup',
              summary: 's',
              industry: 'NEW_MATERIALS',
              keywords: [],
              trl: 3,
              ip: [],
              cooperationModes: ['SERVICE'],
              team: '',
              contact: '',
            },
          },
          officer.token,
        ),
      );
      const updates = targets.map((a, i) =>
        t.gql(UPDATE, { input: { id: a.id, version: a.version, title: `更新${i}` } }, officer.token),
      );
      const needs = Array.from({ length: 10 }, () => f.need(rd));
      const reads = Array.from({ length: 10 }, () => t.gql(`{ achievements(first: 5) { totalCount } }`, {}, rd.token));
      const results = await Promise.all([...creates, ...failing, ...updates, ...reads]);
      await Promise.all(needs);
      expect(results.slice(0, 40).every((r) => !r.errors)).toBe(true);
      expect(results.slice(40, 45).filter((r) => !r.errors).length).toBe(0);
      expect(results.slice(45, 50).every((r) => !r.errors)).toBe(true);

      const [row] = await t.db.read((em) =>
        em.query(
          `SELECT (SELECT count(*) FROM achievements WHERE key LIKE 'CC%') created, (SELECT count(*) FROM achievements WHERE title LIKE '更新%') updated, (SELECT count(*) FROM needs) needs`,
        ),
      );
      expect({ created: Number(row.created), updated: Number(row.updated), needs: Number(row.needs) }).toEqual({
        created: 40,
        updated: 5,
        needs: 10,
      });
    } finally {
      await t.close();
    }
  });

  it("a transaction that rolls back never takes a neighbour's committed write with it", async () => {
    const t = await startApp(embedded ? { DATA_DIR: join(dataDir, 'rollback') } : {});
    try {
      const orgId = await new Factory(t).org('UNIVERSITY');
      const insert = (key: string) =>
        `INSERT INTO achievements (key, org_id, title, summary, industry, trl) VALUES ('${key}', '${orgId}', 't', 's', 'PHOTOVOLTAIC', 5)`;
      let release!: () => void;
      const paused = new Promise<void>((r) => (release = r));
      // A: writes, then waits while B runs, then fails and rolls back.
      const a = t.db.transaction(async (em) => {
        await em.query(insert('ROLLED_BACK'));
        await Promise.race([paused, new Promise((r) => setTimeout(r, 300))]);
        throw new Error('abort A');
      });
      // B: starts while A is open and commits. On a shared PGlite session without the queue,
      // B's row would be inside A's transaction and vanish with A's rollback.
      const b = t.db.transaction((em) => em.query(insert('COMMITTED')));
      await expect(a).rejects.toThrow('abort A');
      await b;
      release();
      const rows = await t.db.read((em) =>
        em.query(`SELECT key FROM achievements WHERE key IN ('ROLLED_BACK', 'COMMITTED')`),
      );
      expect(rows.map((r: { key: string }) => r.key)).toEqual(['COMMITTED']);
    } finally {
      await t.close();
    }
  });

  (embedded ? it : it.skip)('a second process on the same data folder is refused with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiushui-lock-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(join(dir, 'embedded.lock'), `${other.pid}\napi\n`);
      await expect(openDatabase(loadConfig({ DATA_DIR: dir, NODE_ENV: 'test' }), [], 'cli')).rejects.toThrow(
        /is in use by process \d+ \(api\).*stop that process first/,
      );
    } finally {
      other.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
