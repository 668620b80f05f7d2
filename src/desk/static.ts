// The desk's own files: its stylesheet, its one script, the Jalali date picker and the Vazirmatn font from
// their packages, so every machine renders the same Persian glyphs and no page reaches for a CDN.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import type { DeskEnv } from './context.js';

const require = createRequire(import.meta.url);

const FILES: Record<string, { path: () => string; type: string }> = {
  'desk.css': { path: () => new URL('./static/desk.css', import.meta.url).pathname, type: 'text/css; charset=utf-8' },
  'desk.js': {
    path: () => new URL('./static/desk.js', import.meta.url).pathname,
    type: 'text/javascript; charset=utf-8',
  },
  // The Jalali date picker, one script and one stylesheet from its package (no eval, no inline style markup).
  'jalalidatepicker.js': {
    path: () => require.resolve('@majidh1/jalalidatepicker/dist/jalalidatepicker.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'jalalidatepicker.css': {
    path: () => require.resolve('@majidh1/jalalidatepicker/dist/jalalidatepicker.min.css'),
    type: 'text/css; charset=utf-8',
  },
  'vazirmatn.woff2': {
    path: () => require.resolve('vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2'),
    type: 'font/woff2',
  },
};

export function staticRoutes(): Hono<DeskEnv> {
  const cache = new Map<string, Buffer>();
  return new Hono<DeskEnv>().get('/static/:name', async (c) => {
    const file = FILES[c.req.param('name')];
    if (!file) return c.notFound();
    const name = c.req.param('name');
    let data = cache.get(name);
    if (!data) {
      data = await readFile(file.path());
      cache.set(name, data);
    }
    return c.body(new Uint8Array(data), 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=86400' });
  });
}
