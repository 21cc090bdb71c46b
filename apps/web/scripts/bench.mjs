// npm run bench:web: the JavaScript a browser downloads to show the sign-in page, gzip-compressed, as JSON.
// It follows the module graph from index.html (entry + static imports + modulepreloads) and adds the
// sign-in route's lazy chunk and its static imports, read from the Vite manifest-free output by import scanning.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
const html = readFileSync(join(out, 'index.html'), 'utf8');
const seen = new Set();
const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);

function staticImports(file) {
  const code = readFileSync(join(out, file), 'utf8');
  // Static imports only ("import … from './x.js'" and bare "import './x.js'"); dynamic import() is lazy.
  return [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?[`"'](\.\/[^`"']+\.js)[`"']/g)].map((m) => join('assets', m[1].slice(2)));
}

function walk(start) {
  const list = [start];
  while (list.length) {
    const f = list.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    list.push(...staticImports(f));
  }
}
queue.forEach(walk);
const entryFiles = new Set(seen);
// The sign-in route's lazy chunk (and what it imports statically).
const main = readFileSync(join(out, [...entryFiles].find((f) => /assets\/main-/.test(f))), 'utf8');
const login = /[`"'](\.\/LoginPage-[^`"']+\.js)[`"']/.exec(main)?.[1];
if (!login) throw new Error('LoginPage chunk not found in the entry');
walk(join('assets', login.slice(2)));

const files = [...seen].map((f) => {
  const raw = readFileSync(join(out, f));
  return { file: f, bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
});
const gzip = files.reduce((s, f) => s + f.gzipBytes, 0);
console.log(
  JSON.stringify(
    {
      page: '/login',
      initialJsFiles: files.length,
      initialJsBytes: files.reduce((s, f) => s + f.bytes, 0),
      initialJsGzipBytes: gzip,
      initialJsGzipKB: Math.round((gzip / 1024) * 10) / 10,
      goalGzipKB: 300,
      withinGoal: gzip <= 300 * 1024,
      files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    },
    null,
    2,
  ),
);
