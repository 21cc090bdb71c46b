// npm run build:web: builds apps/web into dist/web only when its inputs changed, then precompresses
// every text asset (brotli and gzip) so the api serves them without compressing per request.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const web = resolve(here, '..');
const root = resolve(web, '../..');
const out = join(root, 'dist/web');
const stamp = join(out, '.build-hash');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(p);
    return [p];
  });
}

function inputsHash() {
  const hash = createHash('sha256');
  const inputs = [
    ...files(join(web, 'src')),
    ...['index.html', 'graphiql.html', 'vite.config.ts', 'scripts/build.mjs'].map((f) => join(web, f)),
    join(root, 'package-lock.json'),
  ];
  for (const f of inputs.sort()) hash.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const hash = inputsHash();
if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(join(out, 'index.html'))) {
  console.log('web app unchanged, dist/web kept');
  process.exit(0);
}

execFileSync(
  process.execPath,
  [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'],
  { stdio: 'inherit', cwd: web },
);

let count = 0;
for (const f of files(out)) {
  if (!/\.(js|css|html|svg|json|txt|map|wasm)$/.test(f)) continue;
  const data = readFileSync(f);
  if (data.length < 1024) continue;
  writeFileSync(
    `${f}.br`,
    brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  );
  writeFileSync(`${f}.gz`, gzipSync(data, { level: 9 }));
  count += 1;
}
writeFileSync(stamp, hash);
console.log(`web app built into dist/web (${count} files precompressed)`);
