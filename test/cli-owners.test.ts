// `peygir owners add|list` and `peygir parse` against the configured database, on SQLite and PostgreSQL:
// owners registered up front with other names (a name another owner has is refused with one plain line and
// nothing stored, every change recorded), and parse reading minutes with the council's owners, or bare.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownersCli } from '../src/cli/owners.js';
import { parseCli } from '../src/cli/parse.js';
import { CliError } from '../src/cli/types.js';
import { openDatabase } from '../src/db/client.js';
import { migratePostgres } from '../src/db/migrate.js';
import { captureIo } from './helpers/cli-io.js';
import { type FreshDatabase, freshDatabase, type Provider, postgresAvailable } from './helpers/db.js';

const pgUp = await postgresAvailable();
const saved = { ...process.env };
const dir = mkdtempSync(join(tmpdir(), 'peygir-owners-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MINUTES = join(dir, 'minutes-21.txt');
writeFileSync(
  MINUTES,
  `صورتجلسه شماره ۲۱ شورای ناحیه
تاریخ جلسه: ۱۴۰۳/۰۸/۱۲
مصوبات:
۱- مقرر شد شهردار محترم برنامه لایروبی انهار را ارائه نماید.
۲- گزارش ترافیک مدارس با همکاری پليس راه تهیه شود.
`,
);

async function run(command: typeof ownersCli, ...args: string[]) {
  const c = captureIo();
  const code = await command.run(args, c.io);
  return { code, stdout: c.out(), stderr: c.err() };
}

describe.each(['sqlite', 'postgresql'] as Provider[])('owners and parse on %s', (provider) => {
  let db: FreshDatabase;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    db = await freshDatabase(provider);
    if (provider === 'postgresql') await migratePostgres(db.url);
    process.env = { ...saved, DATABASE_URL: db.url, LOG_LEVEL: 'silent', USER: 'operator1' };
  });
  afterEach(async () => {
    process.env = { ...saved };
    await db?.drop();
  });
  const test = it.skipIf(provider === 'postgresql' && !pgUp);

  test('owners add registers owners with other names, and list shows them', async () => {
    expect((await run(ownersCli, 'list')).stdout).toBe('No owners are registered yet.\n');
    const city = await run(ownersCli, 'add', 'شهرداری', '--alias', 'شهردار محترم', '--alias', 'شهردار');
    expect(city).toEqual({
      code: 0,
      stdout: 'Registered "شهرداری" with other name(s): شهردار محترم, شهردار.\n',
      stderr: '',
    });
    // A name in several words needs no quotes; Arabic letter forms are stored in their Persian form.
    expect((await run(ownersCli, 'add', 'پليس', 'راه')).stdout).toBe('Registered "پلیس راه".\n');
    expect((await run(ownersCli, 'add', 'پلیس راه', '--alias', 'راهور')).stdout).toBe(
      '"پلیس راه" was registered already; added other name(s): راهور.\n',
    );
    expect((await run(ownersCli, 'add', 'پلیس راه')).stdout).toBe(
      '"پلیس راه" was registered already; nothing changed.\n',
    );
    expect((await run(ownersCli, 'list')).stdout).toBe(
      'شهرداری (also: شهردار محترم, شهردار)\nپلیس راه (also: راهور)\n',
    );
    const audit = await openDatabase(db.url, { migrate: false });
    try {
      const rows = await audit.prisma.recordChange.findMany({ orderBy: { id: 'asc' } });
      expect(rows.map((r) => [r.field, r.toValue, r.actorId, r.chatAddress])).toEqual([
        ['created', 'شهرداری', 'operator1', 'cli'],
        ['alias', 'شهردار محترم', 'operator1', 'cli'],
        ['alias', 'شهردار', 'operator1', 'cli'],
        ['created', 'پلیس راه', 'operator1', 'cli'],
        ['alias', 'راهور', 'operator1', 'cli'],
      ]);
    } finally {
      await audit.close();
    }
  });

  test('refuses a name or other name another owner has, with one plain line, storing nothing', async () => {
    await run(ownersCli, 'add', 'کمیته فاوا', '--alias', 'فاوا');
    await expect(run(ownersCli, 'add', 'فاوا')).rejects.toThrow(
      new CliError('"فاوا" already names the owner "کمیته فاوا"; nothing was stored'),
    );
    await expect(run(ownersCli, 'add', 'کمیته آمار', '--alias', 'آمار', '--alias', 'كميته‌ فاوا')).rejects.toThrow(
      '"کمیته‌ فاوا" already names the owner "کمیته فاوا"; nothing was stored',
    );
    await expect(run(ownersCli, 'add', 'کمیته آمار', '--alias')).rejects.toThrow('--alias needs a name');
    await expect(run(ownersCli, 'add')).rejects.toThrow('usage: peygir owners add <name>');
    expect((await run(ownersCli, 'list')).stdout).toBe('کمیته فاوا (also: فاوا)\n');
  });

  test('owners add --phone keeps a person’s mobile number for Safir; a wrong one stores nothing', async () => {
    await expect(run(ownersCli, 'add', 'خانم جعفری', '--phone', '0912')).rejects.toThrow(
      '--phone: "0912" is not an Iranian mobile number (one word, such as 09121234567); nothing was stored',
    );
    await expect(run(ownersCli, 'add', 'خانم جعفری', '--phone')).rejects.toThrow('--phone needs a mobile number');
    expect((await run(ownersCli, 'list')).stdout).toBe('No owners are registered yet.\n');
    expect((await run(ownersCli, 'add', 'خانم', 'جعفری', '--phone', '۰۹۱۲۱۲۳۴۵۶۷')).stdout).toBe(
      'Registered "خانم جعفری".\nMobile number of "خانم جعفری": 0912 123 4567 ' +
        '(Safir is not configured (SAFIR_API_KEY, SAFIR_BOT_ID), so it reaches nobody yet).\n',
    );
    expect((await run(ownersCli, 'add', 'خانم جعفری', '--phone', '+989121234567')).stdout).toBe(
      '"خانم جعفری" was registered already; nothing changed.\n',
    );
    process.env.SAFIR_API_KEY = 'k';
    process.env.SAFIR_BOT_ID = '7';
    expect((await run(ownersCli, 'add', 'خانم جعفری', '--phone', '09350000000')).stdout).toBe(
      'Mobile number of "خانم جعفری": 0935 000 0000 (Safir sends to it while the owner has no chat).\n',
    );
    expect((await run(ownersCli, 'list')).stdout).toBe('خانم جعفری · mobile 0935 000 0000\n');
    const audit = await openDatabase(db.url, { migrate: false });
    try {
      const rows = await audit.prisma.recordChange.findMany({ where: { field: 'phone' }, orderBy: { id: 'asc' } });
      expect(rows.map((r) => [r.fromValue, r.toValue, r.actorId, r.chatAddress])).toEqual([
        [null, '989121234567', 'operator1', 'cli'],
        ['989121234567', '989350000000', 'operator1', 'cli'],
      ]);
    } finally {
      await audit.close();
    }
  });

  test('parse --json reads with the database’s owners, and --no-db without them', async () => {
    await run(ownersCli, 'add', 'شهرداری', '--alias', 'شهردار محترم');
    await run(ownersCli, 'add', 'پلیس راه');
    const read = await run(parseCli, MINUTES, '--json');
    expect(read.stderr).toBe('');
    const json = JSON.parse(read.stdout);
    expect(json.resolutions.map((r: { owners: string[] }) => r.owners)).toEqual([['شهرداری'], ['پلیس راه']]);
    expect(json.owners).toEqual([
      { name: 'شهرداری', known: true, written: ['شهردار'] },
      { name: 'پلیس راه', known: true },
    ]);
    const bare = await run(parseCli, MINUTES, '--json', '--no-db');
    expect(bare.stderr).toBe('');
    const plain = JSON.parse(bare.stdout);
    expect(plain.resolutions.map((r: { owners: string[] }) => r.owners)).toEqual([['شهردار'], []]);
    expect(plain.owners).toBeUndefined();
    // The preview says the same in words.
    expect((await run(parseCli, MINUTES)).stdout).toContain('متولی: شهرداری (شناخته)');
  });
});

describe('parse without a database to read', () => {
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reads the file alone and says why on standard error, creating nothing', async () => {
    const missing = join(dir, 'none', 'peygir.db');
    process.env = { ...saved, DATABASE_URL: `file:${missing}`, LOG_LEVEL: 'silent' };
    const out = await run(parseCli, MINUTES, '--json');
    expect(out.code).toBe(0);
    expect(out.stderr).toBe(
      `peygir parse: no database at ${missing}; reading without the council's owners (--no-db skips this note)\n`,
    );
    expect(JSON.parse(out.stdout).resolutions[0].owners).toEqual(['شهردار']);
    expect((await run(parseCli, MINUTES, '--json', '--no-db')).stderr).toBe('');
    expect(existsSync(missing)).toBe(false);
    process.env.DATABASE_URL = 'postgresql://postgres@127.0.0.1:1/peygir';
    const unreachable = await run(parseCli, MINUTES, '--json');
    expect(unreachable.stderr).toMatch(
      /^peygir parse: the database cannot be opened \(cannot reach the PostgreSQL server/,
    );
    expect(JSON.parse(unreachable.stdout).owners).toBeUndefined();
  });
});
