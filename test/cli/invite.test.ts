// `peygir invite <owner> --platform telegram|bale`: an owner registered up front gets an invite, printed with
// Telegram's start links (or, on Bale, the bot's chat and the code to type); the code binds a chat once.
// An unknown owner or a bad option is one plain line, and nothing is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { inviteCli } from '../../src/cli/invite.js';
import { ownersCli } from '../../src/cli/owners.js';
import { CliError } from '../../src/cli/types.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { chatter } from '../helpers/chat.js';
import { captureIo } from '../helpers/cli-io.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';

const saved = { ...process.env };
let db: FreshDatabase;
beforeEach(async () => {
  db = await freshDatabase('sqlite');
  process.env = { ...saved, DATABASE_URL: db.url, LOG_LEVEL: 'silent', USER: 'operator1' };
});
afterEach(async () => {
  process.env = { ...saved };
  await db.drop();
});

async function run(command: typeof inviteCli, ...args: string[]) {
  const c = captureIo();
  const code = await command.run(args, c.io);
  return { code, stdout: c.out(), stderr: c.err() };
}

describe('peygir invite', () => {
  it('prints the links and the code for a registered owner; the code binds a chat once', async () => {
    await run(ownersCli, 'add', 'شهرداری', '--alias', 'شهردار');
    process.env.TELEGRAM_BOT_USERNAME = 'peygir_bot';
    const tg = await run(inviteCli, 'شهردار', '--platform', 'telegram');
    expect(tg.code).toBe(0);
    const code = /code ([A-Z2-9-]{14})/.exec(tg.stdout)![1]!;
    expect(tg.stdout).toContain(`Invite for شهرداری: code ${code}`);
    expect(tg.stdout).toContain(`https://t.me/peygir_bot?start=${code}`);
    expect(tg.stdout).toContain(`https://t.me/peygir_bot?startgroup=${code}`);
    expect(tg.stdout).toMatch(/Valid until \d{4}\/\d\d\/\d\d \d\d:\d\d \(Asia\/Tehran\), for 1 chat\(s\)\./);

    const bale = await run(inviteCli, 'شهرداری', '--platform', 'bale', '--days', '3');
    expect(bale.stdout).toMatch(/send: \/link [A-Z2-9-]{14} {3}\(set BALE_BOT_USERNAME for a link\)/);

    const app = await createApp(loadConfig(), createLogger('silent'));
    try {
      const say = chatter(app);
      expect(await say('mayor', `/link ${code}`, { admin: false })).toContain('به شهرداری وصل شد');
      expect(await say('other', `/link ${code}`, { admin: false })).toContain('دوباره کار نمی‌کند');
      const made = await app.db.prisma.recordChange.findMany({ where: { field: 'invite' }, orderBy: { id: 'asc' } });
      expect(made.map((r) => [r.actorId, r.chatAddress])).toEqual([
        ['operator1', 'cli'],
        ['operator1', 'cli'],
        ['mayor-member', 'console:mayor'],
      ]);
    } finally {
      await app.close();
    }
  });

  it('refuses an unknown owner or a bad option with one line, storing nothing', async () => {
    await expect(run(inviteCli, 'شهرداری', '--platform', 'telegram')).rejects.toThrow(
      new CliError('no owner is called "شهرداری" (owners: none yet); register it with: peygir owners add'),
    );
    await expect(run(inviteCli, 'شهرداری', '--platform', 'eitaa')).rejects.toThrow(/usage: peygir invite/);
    await run(ownersCli, 'add', 'شهرداری');
    await expect(run(inviteCli, 'شهرداری', '--platform', 'bale', '--days', '0')).rejects.toThrow(
      new CliError('--days takes a whole number from 1 to 90'),
    );
    const app = await createApp(loadConfig(), createLogger('silent'));
    try {
      expect(await app.db.prisma.invite.count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
