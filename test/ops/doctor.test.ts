// peygir doctor against a small Bot API and Slack API on 127.0.0.1: a healthy install passes; a refused
// token, a webhook left elsewhere, a skewed clock and a bad configuration each fail or warn with what to do.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorTable, runDoctor } from '../../src/ops/doctor.js';

const dir = mkdtempSync(join(tmpdir(), 'peygir-doctor-'));
let server: Server;
let root = '';
let webhookUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const json = (body: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
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
    const checks = await runDoctor(base());
    expect(verdicts(checks)).toEqual({
      configuration: 'ok',
      database: 'ok',
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
    const checks = await runDoctor({ ...base(), TELEGRAM_BOT_TOKEN: 'BAD', SLACK_BOT_TOKEN: 'xoxb-revoked' });
    expect(verdicts(checks)).toMatchObject({ 'telegram token': 'fail', 'slack token': 'fail' });
    const table = doctorTable(checks);
    expect(table).toContain('→ the token was refused: copy it again from the BotFather in telegram');
    expect(table).toContain('invalid_auth');

    const moved = await runDoctor(base());
    expect(verdicts(moved)['telegram webhook']).toBe('warn');
    expect(doctorTable(moved)).toContain('expected "nothing (polling)"');

    const skewed = await runDoctor(base(), () => Date.now() + 5 * 60_000);
    expect(skewed.find((c) => c.name === 'clock')).toMatchObject({ verdict: 'fail' });

    const bad = await runDoctor({ LOG_LEVEL: 'loud' });
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ name: 'configuration', verdict: 'fail' });
    expect(bad[0]!.detail).toContain('LOG_LEVEL');
  });
});
