// What `npm start` runs is the bundle in dist/: every file a source module finds beside itself through
// import.meta.url (migrations, the sample minutes, the desk's stylesheet, the font from node_modules) is found
// from the bundle's chunks too, the desk is loaded by its first request, and the one-shot CLI runs from it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'peygir-bundle-'));
let child: ChildProcess | undefined;

beforeAll(() => {
  // A no-op when dist/ is current; test/ops/stop.test.ts builds the same way.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
}, 300_000);

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const env = (name: string): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${join(dir, `${name}.db`)}`, HTTP_PORT: '0' };
  for (const k of ['TELEGRAM_BOT_TOKEN', 'BALE_BOT_TOKEN', 'SLACK_BOT_TOKEN', 'NODE_OPTIONS']) delete e[k];
  return e;
};

it('the compiled bot migrates, imports the sample minutes and serves health and the desk', async () => {
  child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: env('start'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => {
    out += c;
  });
  child.stderr!.on('data', (c) => {
    out += c;
  });
  const desk = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no desk line:\n${out}`)), 60_000);
    child!.stdout!.on('data', () => {
      const m = /Desk: (http:\/\/\S+\/desk)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child!.once('exit', () => reject(new Error(`exited early:\n${out}`)));
  });
  expect(out).toContain('sample minutes imported');
  const base = desk.replace(/\/desk$/, '');
  expect((await fetch(`${base}/readyz`)).status).toBe(200);
  const css = await fetch(`${desk}/static/desk.css`);
  expect(css.status).toBe(200);
  expect(css.headers.get('content-type')).toContain('text/css');
  expect(await css.text()).toBe(readFileSync(join(ROOT, 'src/desk/static/desk.css'), 'utf8'));
  const font = await fetch(`${desk}/static/vazirmatn.woff2`);
  expect(font.status).toBe(200);
  expect((await font.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  // Not signed in: the desk's own page, in Persian, not the listener's bare 404.
  const page = await fetch(desk);
  expect(page.status).toBe(401);
  expect(await page.text()).toContain('<html');
}, 90_000);

it('the one-shot CLI runs from the bundle too', () => {
  const link = execFileSync(process.execPath, ['dist/src/cli.js', 'desk-link'], { cwd: ROOT, env: env('cli') });
  expect(String(link)).toMatch(/\/desk\/signin\/\S+/);
}, 60_000);

/** How dist/ was really built: `bundle`, or `tsc` when asked for (PEYGIR_BUILD=tsc) or esbuild is missing. */
const builtHow = () => {
  const [, asked, how] = readFileSync(join(ROOT, 'dist/.built'), 'utf8').trim().split(' ');
  return how ?? asked;
};

// Where CI runs, what ships is the bundle: a build that fell back to tsc fails rather than skipping the check below.
it.runIf(process.env.CI)('builds a bundle, not the tsc fallback', () => {
  expect(builtHow()).toBe('bundle');
});

it('every output file of the bundle lies in dist/src, where import.meta.url is rewritten for', (ctx) => {
  if (builtHow() !== 'bundle') ctx.skip('dist/ was compiled with tsc, not bundled');
  const js = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  // The desk's own browser script is an asset copied beside its stylesheet, not an output of the bundle.
  const outside = js.filter(
    (f) =>
      !/^src[/\\][^/\\]+\.js$/.test(f) &&
      f !== join('src', 'generated', 'sqlite', 'client.js') &&
      f !== join('src', 'desk', 'static', 'desk.js'),
  );
  expect(outside).toEqual([]);
  expect(js).toContain(join('src', 'main.js'));
});
