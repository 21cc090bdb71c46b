import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchedLogStream, LogFlush, SLOW_REQUEST_MS, requestSampler } from './logging';

describe('requestSampler', () => {
  it('logs 1 in N quick successful requests, exactly', () => {
    const logged = requestSampler(10);
    const picks = Array.from({ length: 100 }, () => logged(200, false, 3)).filter(Boolean).length;
    expect(picks).toBe(10);
  });

  it('always logs failures, errors and slow requests', () => {
    const logged = requestSampler(1000);
    logged(200, false, 1); // the first of each thousand is logged; what follows is not sampled in
    expect(logged(200, false, 1)).toBe(false);
    expect(logged(404, false, 1)).toBe(true);
    expect(logged(401, false, 1)).toBe(true);
    expect(logged(200, true, 1)).toBe(true);
    expect(logged(200, false, SLOW_REQUEST_MS)).toBe(true);
  });

  it('a sample of 1 logs every request', () => {
    const logged = requestSampler(1);
    expect([1, 2, 3].map(() => logged(200, false, 1))).toEqual([true, true, true]);
  });
});

describe('batchedLogStream', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xiushui-logs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const open = async (name: string) => {
    const file = join(dir, name);
    const stream = batchedLogStream(file);
    await once(stream, 'ready');
    return { file, stream, text: () => readFileSync(file, 'utf8') };
  };

  it('holds short lines back, and writes them when the app shuts down', async () => {
    const log = await open('shutdown.log');
    log.stream.write('{"msg":"一"}\n');
    log.stream.write('{"msg":"two"}\n');
    expect(log.text()).toBe('');
    new LogFlush().onApplicationShutdown();
    expect(log.text()).toBe('{"msg":"一"}\n{"msg":"two"}\n');
    log.stream.end();
  });

  it('writes what it holds within 200 ms, and at once past 4 KB', async () => {
    const log = await open('timer.log');
    log.stream.write('{"msg":"later"}\n');
    await new Promise((r) => setTimeout(r, 400));
    expect(log.text()).toBe('{"msg":"later"}\n');
    const line = `{"msg":"${'x'.repeat(200)}"}\n`;
    for (let i = 0; i < 25; i++) log.stream.write(line);
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 20));
    expect(log.text().length).toBeGreaterThan(4096);
    log.stream.end();
  });
});
