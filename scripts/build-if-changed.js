#!/usr/bin/env node
// Runs `nest build api` only when a source or build setting is newer than the last build: `npm start` and the
// tools then start in a second when nothing changed, instead of rebuilding for half a minute every time.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const entry = join(root, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');
const inputs = ['apps/api', 'libs', 'tsconfig.json', 'nest-cli.json', 'package-lock.json'];
const SOURCE = /\.(ts|json|txt)$/; // .txt: the vocabulary files; not schema.gql, which every development start rewrites

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return SOURCE.test(path) ? stat.mtimeMs : 0;
  let max = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

const built = existsSync(stamp) && existsSync(entry) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...inputs.map((p) => newest(join(root, p))));
if (built > changed && process.env.FORCE_BUILD !== '1') {
  console.log('build is up to date');
  process.exit(0);
}
const started = Date.now();
const result = spawnSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, new Date().toISOString());
console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
