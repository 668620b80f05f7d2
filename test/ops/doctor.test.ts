// peygir doctor against a small Bot API and Slack API on 127.0.0.1: a healthy install passes; a refused
// token, a webhook left elsewhere, a skewed clock and a bad configuration each fail or warn with what to do;
// from two months before a year whose days off are only estimated, it warns until the desk marks them official.
// The APIs' clock and doctor's are both set by the test: nothing depends on the day it runs.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { openDatabase } from '../../src/db/client.js';
import { ensureCouncil } from '../../src/db/store.js';
import { doctorTable, runDoctor } from '../../src/ops/doctor.js';

const dir = mkdtempSync(join(tmpdir(), 'peygir-doctor-'));
let server: Server;
let root = '';
let webhookUrl = '';
/** The instant the fake APIs' Date header says, and doctor's own clock unless a test skews it. */
let at = Date.UTC(2026, 11, 6, 6, 30); // 1405/09/15 10:00 in Tehran

beforeAll(async () => {
  server = createServer((req, res) => {
    const json = (body: object) =>
      res
        .writeHead(200, { 'content-type': 'application/json', date: new Date(at).toUTCString() })
        .end(JSON.stringify(body));
    const url = req.url ?? '';
    if (url.includes('/botBAD/')) return json({ ok: false, error_code: 401, description: 'Unauthorized' });
    if (url.endsWith('/getMe')) return json({ ok: true, result: { id: 1, is_bot: true, username: 'council_bot' } });
    if (url.endsWith('/getWebhookInfo')) return json({ ok: true, result: { url: webhookUrl } });
    if (url.endsWith('/auth.test')) {
      const ok = req.headers.authorization === 'Bearer xoxb-good';
      return json(ok ? { ok: true, team: 'Council', user: 'peygir' } : { ok: false, error: 'invalid_auth' });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  root = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

const base = () => ({
  DATABASE_URL: `file:${join(dir, 'doctor.db')}`,
  BACKUP_DIR: join(dir, 'backups'),
  TELEGRAM_BOT_TOKEN: '1:GOOD',
  TELEGRAM_API_ROOT: root,
  SLACK_BOT_TOKEN: 'xoxb-good',
  SLACK_APP_TOKEN: 'xapp-1',
  SLACK_API_URL: `${root}/api/`,
});
const verdicts = (checks: { name: string; verdict: string }[]) =>
  Object.fromEntries(checks.map((c) => [c.name, c.verdict]));

describe('peygir doctor', () => {
  it('passes a healthy installation and prints a table', async () => {
    webhookUrl = '';
    const checks = await runDoctor(base(), () => at);
    expect(verdicts(checks)).toEqual({
      configuration: 'ok',
      database: 'ok',
      'days off': 'ok',
      'telegram token': 'ok',
      'telegram webhook': 'ok',
      'slack token': 'ok',
      'time zone': 'ok',
      clock: 'ok',
      'database folder': 'ok',
      'backup folder': 'ok',
    });
    const table = doctorTable(checks);
    expect(table).toMatch(/telegram token\s+OK\s+@council_bot/);
    expect(table).toMatch(/telegram webhook\s+OK\s+none \(polling\)/);
  });

  it('names each problem with what to do', async () => {
    webhookUrl = 'https://old.example.org/telegram';
    const checks = await runDoctor({ ...base(), TELEGRAM_BOT_TOKEN: 'BAD', SLACK_BOT_TOKEN: 'xoxb-revoked' }, () => at);
    expect(verdicts(checks)).toMatchObject({ 'telegram token': 'fail', 'slack token': 'fail' });
    const table = doctorTable(checks);
    expect(table).toContain('→ the token was refused: copy it again from the BotFather in telegram');
    expect(table).toContain('invalid_auth');

    const moved = await runDoctor(base(), () => at);
    expect(verdicts(moved)['telegram webhook']).toBe('warn');
    expect(doctorTable(moved)).toContain('expected "nothing (polling)"');

    const skewed = await runDoctor(base(), () => at + 5 * 60_000);
    expect(skewed.find((c) => c.name === 'clock')).toMatchObject({ verdict: 'fail' });

    const bad = await runDoctor({ LOG_LEVEL: 'loud' });
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ name: 'configuration', verdict: 'fail' });
    expect(bad[0]!.detail).toContain('LOG_LEVEL');
  });

  it('warns from 1 Bahman that next year’s days off are only estimated, until the desk marks them official', async () => {
    webhookUrl = '';
    const tehran = (date: string, time: string) => zonedInstant(date, time, 'Asia/Tehran').getTime();
    const daysOff = async () => (await runDoctor(base(), () => at)).find((c) => c.name === 'days off')!;
    // The last evening of Dey 1405: 1405 is published, 1406 still more than two months away.
    at = tehran(fromJalali(1405, 10, 30)!, '23:59');
    expect(await daysOff()).toMatchObject({ verdict: 'ok', detail: '1405: official' });
    at = tehran(fromJalali(1405, 11, 1)!, '00:01');
    const warned = await daysOff();
    expect(warned).toMatchObject({ verdict: 'warn' });
    expect(warned.detail).toContain('the days off of 1406 (from 1406/01/01) are only estimated');
    expect(doctorTable([warned])).toContain('→ when the Calendar Centre publishes the official calendar of 1406');
    expect(doctorTable([warned])).toContain('/desk/days-off');

    // Marked official at the desk: the warning goes; a year later it comes back for 1407.
    const db = await openDatabase(base().DATABASE_URL);
    try {
      const councilId = await ensureCouncil(db.sql, loadConfig(base()).COUNCIL_NAME);
      await db.prisma.officialCalendarYear.create({ data: { councilId, jalaliYear: 1406 } });
    } finally {
      await db.close();
    }
    expect(await daysOff()).toMatchObject({ verdict: 'ok', detail: '1405, 1406: official' });
    at = tehran(fromJalali(1406, 11, 1)!, '09:00');
    expect((await daysOff()).detail).toContain('the days off of 1407 (from 1407/01/01)');
    // And a year that has begun without being set right: this year's days off are estimated.
    at = tehran(fromJalali(1407, 2, 1)!, '09:00');
    expect((await daysOff()).detail).toContain('the days off of 1407 (this year) are only estimated');
    at = Date.UTC(2026, 11, 6, 6, 30);
  });
});
