// Compiles peygir to dist/ for `npm start`, only when a source is newer than the last build (or with --force).
//
// By default esbuild bundles the entry points (src/main.ts, src/cli.ts) with code splitting: Node then reads a
// few dozen files at start instead of some 300 modules, and every lazy import() (a command's code, the desk,
// Slack, the report renderers) stays a chunk of its own, loaded on first use. Packages stay in node_modules
// (external) except the pure-JavaScript ones the bot needs at start, whose hundreds of small modules cost more to
// load than to parse. `PEYGIR_BUILD=tsc` (or a missing esbuild) compiles with plain tsc instead, one file per
// module, as before.
//
// Every output file of the bundle lies in dist/src/, so `import.meta.url` in a source module is rewritten to the
// place its own compiled file would have (dist/src/desk/static.js, …): files that are not TypeScript
// (migrations, sample minutes, assets) are copied there, and paths computed from import.meta.url resolve the
// same either way. Plain JavaScript on purpose: it runs before anything is compiled.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist');
const stamp = join(out, '.built');
const trees = ['src', 'handlers', 'jobs', 'prisma'];
const configs = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json', 'scripts/build.mjs'];
const ENTRIES = ['src/main.ts', 'src/cli.ts', 'src/generated/sqlite/client.ts'];
/**
 * Packages bundled in, with what they import: pure JavaScript, loaded at start, made of many small modules.
 * pino's transports would run a worker by file name, but peygir writes its lines itself (src/logger.ts). Prisma
 * (its wasm query compiler), better-sqlite3 and pg (native or driver code) and everything loaded only on
 * demand (Bolt, exceljs, mammoth, resvg, satori) stay external.
 */
const BUNDLED = ['zod', 'hono', '@hono/node-server', 'grammy', '@grammyjs/', 'jalaali-js', 'node-cron', 'pino'];

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
  if (readFileSync(stamp, 'utf8').split(' ')[1] !== mode()) return true;
  return sources().some((f) => existsSync(f) && statSync(f).mtimeMs > built);
}

function copyAssets() {
  for (const file of sources()) {
    const rel = relative(root, file);
    if (!trees.includes(rel.split(/[/\\]/)[0]) || /\.ts$/.test(file)) continue;
    if (rel.startsWith('prisma') && !rel.endsWith('.sql') && !rel.endsWith('.toml')) continue;
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    cpSync(file, join(out, rel));
  }
}

function compileTsc() {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return null;
  }
}

async function bundle(esbuild) {
  const bundled = (path) =>
    BUNDLED.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p || path.startsWith(`${p}/`)));
  const packages = {
    name: 'peygir-packages',
    setup(build) {
      // node-fetch 2 (grammY's fetch) loads whatwg-url at start only to fall back on it where Node has no URL of
      // its own; Node always has one, and whatwg-url's Unicode tables are a megabyte of heap for nothing.
      build.onResolve({ filter: /^whatwg-url$/ }, () => ({ path: 'whatwg-url', namespace: 'peygir-node-url' }));
      build.onLoad({ filter: /.*/, namespace: 'peygir-node-url' }, () => ({
        contents: "module.exports = { URL: require('node:url').URL };",
        loader: 'js',
      }));
      // Bare specifiers (packages) are external unless listed; relative ones are our own code, bundled.
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { external: true };
        if (args.kind === 'entry-point') return undefined;
        // What a bundled package imports is bundled with it (pino's streams, grammY's fetch).
        if (/[/\\]node_modules[/\\]/.test(args.importer)) return undefined;
        return bundled(args.path) ? undefined : { external: true };
      });
      // import.meta.url as the module's own compiled file would have it (see the top of this file).
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const compiled = relative(join(root, 'src'), args.path).replace(/\.ts$/, '.js').split(sep).join('/');
        const own = `new URL(${JSON.stringify(compiled.startsWith('.') ? compiled : `./${compiled}`)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', own), loader: 'ts' };
      });
    },
  };
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outbase: '.',
    outdir: 'dist',
    entryNames: '[dir]/[name]',
    // Chunks beside the entry points, so every output file sits at the same depth (dist/src/).
    chunkNames: 'src/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    minifyWhitespace: true,
    charset: 'ascii',
    // Bundled CommonJS packages (grammY) call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __peygirRequire } from 'node:module'; const require = __peygirRequire(import.meta.url);",
    },
    logLevel: 'warning',
    plugins: [packages],
  });
}

function mode() {
  return process.env.PEYGIR_BUILD === 'tsc' ? 'tsc' : 'bundle';
}

async function build() {
  const started = Date.now();
  rmSync(out, { recursive: true, force: true });
  let how = mode();
  const esbuild = how === 'bundle' ? await loadEsbuild() : null;
  if (how === 'bundle' && !esbuild) {
    process.stderr.write('peygir: esbuild is not installed; compiling with tsc instead\n');
    how = 'tsc';
  }
  if (how === 'tsc') compileTsc();
  else await bundle(esbuild);
  copyAssets();
  // The mode asked for (what stale() compares) and how it was really built (esbuild may be missing).
  writeFileSync(stamp, `${new Date().toISOString()} ${mode()} ${how}`);
  // Dated at the start: a source saved while compiling is newer than the stamp, so the next start rebuilds.
  utimesSync(stamp, started / 1000, started / 1000);
  const what = how === 'tsc' ? 'compiled' : 'bundled';
  process.stderr.write(`peygir: ${what} to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

if (process.argv.includes('--force') || stale()) await build();
