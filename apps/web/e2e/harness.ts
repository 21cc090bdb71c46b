import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '../../..');
export const SHOTS = join(ROOT, 'docs/screenshots');
export const ADMIN = { email: 'admin@e2e.xiushui.cn', password: 'Admin-Passw0rd!' };
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

export interface Server {
  url: string;
  stop(): Promise<void>;
  gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
}

/** The built server on its own port and data folder (fresh embedded database each run); `env` adds settings (SMTP_URL …). */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xiushui-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(join(dataDir, 'server.log'));
  const child: ChildProcess = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO_DATA: '0',
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      SEARCH_RELAY_POLL_MS: '200',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${readFileSync(join(dataDir, 'server.log'), 'utf8')}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start in 120 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data as T;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium with our flags; `extraArgs` adds more (e.g. a fake camera fed from a file). */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Checked {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  violations: string[];
  /** axe (0 serious/critical) and a desktop + phone screenshot of the current page. */
  check(name: string): Promise<void>;
}

/** A signed-out browser context that records console errors and checks pages. */
export async function newSession(browser: Browser, baseURL: string): Promise<Checked> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  mkdirSync(SHOTS, { recursive: true });
  return {
    page,
    context,
    consoleErrors,
    violations,
    async check(name: string) {
      await page.waitForLoadState('networkidle');
      // axe judges the page at rest: a toast still fading in has its text at partial opacity, which reads as low
      // contrast (a false "serious" finding). Finite animations finish first; spinners (infinite) are left alone.
      await page.evaluate(() =>
        Promise.race([
          Promise.all(
            document
              .getAnimations()
              .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
              .map((a) => a.finished.catch(() => undefined)),
          ),
          new Promise((done) => setTimeout(done, 3000)),
        ]),
      );
      await page.evaluate(axeSource);
      const found = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                opts: unknown,
              ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}) at ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
      });
      violations.push(...found.map((f) => `${name}: ${f}`));
      await page.screenshot({ path: join(SHOTS, `${name}-desktop.png`) });
      await page.setViewportSize({ width: 375, height: 740 });
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(SHOTS, `${name}-phone.png`) });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  };
}

export async function signIn(s: Checked, email: string, password: string, path = '/'): Promise<void> {
  await s.page.goto(path);
  await s.page.waitForURL(/\/login/);
  await s.page.getByLabel('电子邮箱').fill(email);
  await s.page.getByLabel('密码').fill(password);
  await s.page.getByRole('button', { name: '登录' }).click();
  await s.page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Picks an option in an Ant Design select opened from its label. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: typeof label === 'string' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}
