// `peygir import` beside the running bot on one SQLite file: it waits for the bot's write lock as a person would,
// however often the bot writes; and when the lock stays taken past SQLITE_WAIT_SECONDS it says so in one line,
// with nothing stored. The bot's writes are stood in for by a second connection holding the lock, as the bot's
// own transactions do while they write.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { sqlitePath } from '../../src/db/client.js';
import { SAMPLE_MINUTES } from '../../src/sample.js';
import { freshApp } from '../helpers/db.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

/** A migrated SQLite file with its council, and a second connection to it (the bot's, for the lock). */
async function database() {
  const app = await freshApp('sqlite');
  const url = app.config.databaseUrl;
  await app.close();
  const bot = new Database(sqlitePath(url), { timeout: 20_000 });
  cleanup.push(async () => {
    if (bot.inTransaction) bot.prepare('ROLLBACK').run();
    bot.close();
    await app.cleanup();
  });
  const lock = () => {
    bot.prepare('BEGIN IMMEDIATE').run();
    bot.prepare(`UPDATE "Member" SET "lastSeenAt" = "lastSeenAt"`).run();
  };
  const release = () => bot.prepare('COMMIT').run();
  const stored = () => {
    const count = (table: string) => (bot.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { meetings: count('Meeting'), resolutions: count('Resolution'), assignments: count('Assignment') };
  };
  return { url, lock, release, stored };
}

/** `peygir import <sample> --yes` as a user runs it; `output()` is what it has printed so far. */
function importCli(url: string, waitSeconds: number) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', 'import', SAMPLE_MINUTES, '--yes'],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: url,
        SQLITE_WAIT_SECONDS: String(waitSeconds),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => {
    stdout += c;
  });
  child.stderr!.on('data', (c) => {
    stderr += c;
  });
  const exited = new Promise<number>((r) => child.on('exit', (code) => r(code ?? 1)));
  cleanup.push(async () => {
    child.kill('SIGKILL');
  });
  return { exited, output: () => ({ stdout, stderr }) };
}

async function until(test: () => boolean, what: string) {
  for (const started = Date.now(); !test(); await sleep(20)) {
    if (Date.now() - started > 60_000) throw new Error(`${what} did not happen`);
  }
}

describe('an import beside the running SQLite bot', () => {
  it('waits while the bot keeps writing, and stores everything', async () => {
    const db = await database();
    // The bot holds the write lock most of the time: 80 ms of every 100.
    let writing = true;
    const bot = (async () => {
      while (writing) {
        db.lock();
        await sleep(80);
        db.release();
        await sleep(20);
      }
    })();
    const run = importCli(db.url, 30);
    const code = await run.exited;
    writing = false;
    await bot;
    expect(run.output().stderr).toBe('');
    expect(code).toBe(0);
    expect(run.output().stdout).toContain(MESSAGES.fa.importDone(7, 0));
    expect(db.stored()).toEqual({ meetings: 1, resolutions: 7, assignments: 11 });
  }, 120_000);

  it('held for a while, then released: the import waits and goes through', async () => {
    const db = await database();
    db.lock();
    const run = importCli(db.url, 30);
    // The preview is printed just before the import's transaction: hold on two seconds more.
    await until(() => run.output().stdout.includes('[۳]'), 'the preview');
    await sleep(2_000);
    db.release();
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain(MESSAGES.fa.importDone(7, 0));
    expect(db.stored().resolutions).toBe(7);
  }, 120_000);

  it('held past SQLITE_WAIT_SECONDS: one clear line, nothing stored', async () => {
    const db = await database();
    db.lock();
    const run = importCli(db.url, 1);
    const code = await run.exited;
    db.release();
    expect(code).toBe(1);
    expect(run.output().stderr).toBe(
      'peygir import: the database is busy (another peygir process, such as the running bot, is writing to it) and stayed so for 1 s; nothing was imported, try again\n',
    );
    expect(db.stored()).toEqual({ meetings: 0, resolutions: 0, assignments: 0 });
  }, 120_000);
});

describe('write transactions', () => {
  it('all take the write lock first: no other interactive transaction but the backup’s snapshot and the claims', () => {
    const dir = new URL('../../src/db/', import.meta.url);
    const others = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && readFileSync(new URL(f, dir), 'utf8').includes('.$transaction('))
      .sort();
    // backup.ts only reads; reminders.ts's claim transactions begin with their insert or update.
    expect(others).toEqual(['backup.ts', 'reminders.ts', 'write-transaction.ts']);
  });
});
