// The core knows nothing of chats or databases: no grammY, Bolt or Prisma, no database or platform code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('src/core', () => {
  it('imports no platform, ORM or database module', () => {
    const offenders = files(CORE).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'|import\('([^']+)'\)/g)]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((spec) =>
          /grammy|@grammyjs|@slack|@prisma|prisma|better-sqlite3|^pg$|\/db\/|\/platforms\/|generated/.test(spec),
        )
        .map((spec) => `${f.slice(CORE.length)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
    expect(files(CORE).length).toBeGreaterThan(10);
  });
});
