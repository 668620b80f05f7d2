// `peygir desk-link`: the local operator is the secretary when none is configured; otherwise only a
// configured secretary or chair gets a link.
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { deskLinkCli } from '../../src/cli/desk-link.js';
import type { CliIo } from '../../src/cli/types.js';
import { sqlitePath } from '../../src/db/client.js';
import { freshDatabase } from '../helpers/db.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function io() {
  let out = '';
  const stdout = new Writable({
    write(chunk, _enc, done) {
      out += chunk;
      done();
    },
  });
  return { io: { stdout, stderr: stdout, confirm: async () => false } as CliIo, out: () => out };
}

describe('desk-link', () => {
  it('prints a one-time link; with SECRETARY_IDS it needs --user naming a configured person', async () => {
    const db = await freshDatabase('sqlite');
    try {
      process.env = { ...saved, DATABASE_URL: db.url, USER: 'operator1', HTTP_PORT: '9090', LOG_LEVEL: 'silent' };
      delete process.env.SECRETARY_IDS;
      delete process.env.CHAIR_IDS;
      const a = io();
      expect(await deskLinkCli.run([], a.io)).toBe(0);
      expect(a.out()).toMatch(/^http:\/\/127\.0\.0\.1:9090\/desk\/signin\/[\w-]{43}\n$/);

      process.env.SECRETARY_IDS = 'telegram:100';
      process.env.CHAIR_IDS = 'bale:7';
      await expect(deskLinkCli.run([], io().io)).rejects.toThrow('--user telegram:100');
      await expect(deskLinkCli.run(['--user', 'telegram:999'], io().io)).rejects.toThrow(
        'telegram:999 is not in SECRETARY_IDS or CHAIR_IDS',
      );
      const b = io();
      expect(await deskLinkCli.run(['--user', 'bale:7'], b.io)).toBe(0);
      expect(b.out()).toContain('/desk/signin/');
      // Each link says where it came from: the operator's is the secretary's only while none is configured.
      const sqlite = new Database(sqlitePath(db.url), { readonly: true });
      const links = sqlite.prepare('SELECT "platform", "userId", "role", "origin" FROM "DeskLink" ORDER BY "id"').all();
      sqlite.close();
      expect(links).toEqual([
        { platform: 'console', userId: 'operator1', role: 'secretary', origin: 'cli:operator' },
        { platform: 'bale', userId: '7', role: 'chair', origin: 'cli' },
      ]);
    } finally {
      await db.drop();
    }
  });
});
