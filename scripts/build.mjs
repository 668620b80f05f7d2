// Compiles peygir to dist/ for `npm start`, only when a source is newer than the last build (or with --force).
// Plain `tsc` output keeps one file per module, so the lazy import()s that keep an idle bot small still work.
// Files that are not TypeScript (migrations, sample minutes, assets) are copied beside the compiled code, at
// the same relative place, so every path computed from import.meta.url resolves the same from dist/.
// Plain JavaScript on purpose: it runs before anything is compiled.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist');
const stamp = join(out, '.built');
const trees = ['src', 'handlers', 'jobs', 'prisma'];
const configs = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const sources = () => [...trees.flatMap((t) => [...walk(join(root, t))]), ...configs.map((c) => join(root, c))];

function stale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return sources().some((f) => existsSync(f) && statSync(f).mtimeMs > built);
}

function build() {
  const started = Date.now();
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const file of sources()) {
    const rel = relative(root, file);
    if (!trees.includes(rel.split(/[/\\]/)[0]) || /\.ts$/.test(file)) continue;
    if (rel.startsWith('prisma') && !rel.endsWith('.sql') && !rel.endsWith('.toml')) continue;
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    cpSync(file, join(out, rel));
  }
  writeFileSync(stamp, new Date().toISOString());
  // Dated at the start: a source saved while tsc ran is newer than the stamp, so the next start rebuilds.
  utimesSync(stamp, started / 1000, started / 1000);
  process.stderr.write(`peygir: compiled to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

if (process.argv.includes('--force') || stale()) build();
