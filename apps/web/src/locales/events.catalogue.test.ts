import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './events.en-US.json';
import zh from './events.zh-CN.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

const src = join(__dirname, '..');
const dirs = [
  'features/events',
  'features/schedule-board',
  'features/check-in',
  'features/event-analytics',
  'features/agenda',
  'components/events',
  'app/pages',
].map((d) => join(src, d));

describe('event catalogues', () => {
  it('zh-CN and en-US have the same keys', () => {
    expect(leaves(en as Tree).sort()).toEqual(leaves(zh as Tree).sort());
  });

  it('every literal events.* key the pages use exists', () => {
    const known = new Set(leaves(zh as Tree).map((k) => `events.${k}`));
    const used = dirs
      .flatMap((d) => {
        try {
          return sources(d);
        } catch {
          return [];
        }
      })
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'(events\.[\w.]+)'/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });
});
