import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';

describe('loadConfig', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cfg-'));

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be an integer, got "abc"'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be between 0 and 65535, got 70000'],
    [
      { DATABASE_URL: 'mysql://x' },
      'Invalid configuration: DATABASE_URL must use postgres: or postgresql:, got mysql:',
    ],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' },
      'Invalid configuration: JWT_SECRET is required when NODE_ENV=production',
    ],
    [{ JWT_SECRET: 'short' }, 'Invalid configuration: JWT_SECRET must be at least 32 characters'],
    [
      { BOOTSTRAP_ADMIN_EMAIL: 'not-an-email' },
      'Invalid configuration: BOOTSTRAP_ADMIN_EMAIL must be an e-mail address',
    ],
    [{ DEMO_DATA: 'yes' }, 'Invalid configuration: DEMO_DATA must be one of 0, 1, got "yes"'],
    [{ MEILI_URL: 'ftp://x' }, 'Invalid configuration: MEILI_URL must use http: or https:, got ftp:'],
  ])('%j stops with a message naming the variable', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir, ...env })).toThrow(message);
  });

  it('defaults: port 3000, ./data, demo data on', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({ port: 3000, dataDir, demoData: true, databaseUrl: undefined });
  });

  it('without JWT_SECRET the secret is left to the database (kept there, shared by every process)', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBeNull();
    expect(loadConfig({ DATA_DIR: dataDir, JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
  });

  it('mail: links start with PUBLIC_URL (no trailing slash); without SMTP_URL mail goes to the log', () => {
    expect(loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'https://match.xiushui.cn/' })).toMatchObject({
      publicUrl: 'https://match.xiushui.cn',
      smtpUrl: undefined,
    });
    expect(loadConfig({ DATA_DIR: dataDir, PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
  });

  it.each([
    [{ TRUST_PROXY: '11' }, 'Invalid configuration: TRUST_PROXY must be between 0 and 10, got 11'],
    [{ SMTP_URL: 'http://mail' }, 'Invalid configuration: SMTP_URL must use smtp: or smtps:, got http:'],
    [{ MAIL_FROM: 'nobody' }, 'Invalid configuration: MAIL_FROM must be an e-mail address'],
    [{ PUBLIC_URL: 'ftp://web' }, 'Invalid configuration: PUBLIC_URL must use http: or https:, got ftp:'],
    [
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SMTP_URL: 'smtp://mail:25' },
      'Invalid configuration: PUBLIC_URL is required when SMTP_URL is set in production (links in e-mails)',
    ],
    [
      { TOKEN_STATE_CACHE_MS: '60000' },
      'Invalid configuration: TOKEN_STATE_CACHE_MS must be between 0 and 5000, got 60000',
    ],
  ])('%j is refused', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir, ...env })).toThrow(message);
  });
  it('keeps the search index in the data folder of the embedded database, elsewhere only when named', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).searchIndexFile).toBe(join(dataDir, 'search-index.bin'));
    expect(loadConfig({ DATA_DIR: dataDir, SEARCH_INDEX_FILE: 'off' }).searchIndexFile).toBeNull();
    expect(loadConfig({ DATA_DIR: ':memory:' }).searchIndexFile).toBeNull();
    expect(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://127.0.0.1/x' }).searchIndexFile).toBeNull();
    expect(
      loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/x', SEARCH_INDEX_FILE: '/var/lib/xs/index.bin' })
        .searchIndexFile,
    ).toBe('/var/lib/xs/index.bin');
  });
});
