// Nothing imports from a layer above it. From the bottom: the core's rules, the minutes reader, the database,
// the handlers (one per command), the command line's commands, the jobs (the engine and its own command); the
// chat adapters and the desk beside them; the composition roots (src/app.ts, src/main.ts, src/cli.ts) may
// reach everything. The command line prints with the console's plain renderer.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each layer and the folders it must not import from. */
const ABOVE: Record<string, string[]> = {
  'src/core': ['src/minutes', 'src/db', 'handlers', 'jobs', 'src/platforms', 'src/desk', 'src/cli', 'src/http'],
  'src/minutes': ['src/db', 'handlers', 'jobs', 'src/platforms', 'src/desk', 'src/cli', 'src/http'],
  'src/db': ['handlers', 'jobs', 'src/platforms', 'src/desk', 'src/cli', 'src/http'],
  handlers: ['jobs', 'src/platforms', 'src/desk', 'src/cli', 'src/http'],
  jobs: ['src/platforms', 'src/desk', 'src/http'],
  'src/platforms': ['jobs', 'src/desk', 'src/cli'],
  'src/desk': ['jobs', 'src/platforms', 'src/cli'],
  'src/cli': ['jobs', 'src/desk'],
};

/** Every relative import of a file, as a path from the repository's root. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'|import\('(\.[^']+)'\)/g)].map((m) =>
    relative(ROOT, resolve(dirname(file), m[1] ?? m[2] ?? ''))
      .split('\\')
      .join('/'),
  );
}

describe('layers', () => {
  it.each(Object.entries(ABOVE))('%s imports nothing from a layer above it', (layer, above) => {
    const own = files(join(ROOT, layer));
    expect(own.length).toBeGreaterThan(3);
    const offenders = own.flatMap((f) =>
      importsOf(f)
        .filter((target) => above.some((a) => target.startsWith(`${a}/`)))
        .map((target) => `${relative(ROOT, f)} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });
});
