// The logs an operator reads: the start-up facts, one line per messenger that connects, one warning when a
// messenger keeps failing for minutes (not one per retry).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startupLine } from '../../src/ops/startup-log.js';
import { FAILING_WARN_MS, ServiceStatus } from '../../src/ops/status.js';

function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _e, cb) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  return { logger: createLogger(level, stream), lines };
}

describe('start-up line', () => {
  it('names the database, each messenger and how it receives updates, and the reminder schedule', () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: '1:x',
      BALE_BOT_TOKEN: '2:y',
      WEBHOOK_PUBLIC_URL: 'https://bot.example.org/hooks',
      REMINDER_WEEKLY_DAY: 'sun',
    });
    const line = startupLine(config, {
      database: 'postgresql://peygir:***@db:5432/peygir',
      platforms: ['telegram+bale'],
      deskUrl: 'http://127.0.0.1:8080/desk',
    });
    expect(line).toEqual({
      database: 'postgresql://peygir:***@db:5432/peygir',
      messengers: { telegram: 'webhook https://bot.example.org/hooks', bale: 'webhook https://bot.example.org/hooks' },
      desk: 'http://127.0.0.1:8080/desk',
      reminders: 'weekly digest sun 09:00, other reminders 09:00, Asia/Tehran',
    });
  });

  it('says when reminders are off and when only the console runs', () => {
    const line = startupLine(loadConfig({ REMINDERS_ENABLED: 'false' }), { database: '/d/p.db', platforms: [] });
    expect(line.messengers).toBe('none (console chat)');
    expect(line.reminders).toBe('off');
    expect(line).not.toHaveProperty('desk');
  });
});

describe('messenger status in the log', () => {
  it('logs each connection at info and warns once when a messenger has failed for minutes', () => {
    const { logger, lines } = capture();
    let now = 1_000_000;
    const status = new ServiceStatus(logger, () => now);
    status.expect('telegram');
    expect(status.messengers.get('telegram')).toEqual({ connected: false });
    status.connected('telegram', '@council_bot, polling');
    expect(lines.at(-1)).toMatchObject({ level: 30, msg: 'telegram connected', via: '@council_bot, polling' });

    for (let i = 0; i < 10; i++, now += 30_000) status.failed('bale', new Error('ETIMEDOUT'));
    const warnings = lines.filter((l) => l.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ platform: 'bale', minutes: FAILING_WARN_MS / 60_000, error: 'ETIMEDOUT' });
    expect(status.messengers.get('bale')).toMatchObject({ connected: false, failingSince: 1_000_000 });

    // Back, then failing again: a new run of failures earns a new warning.
    status.connected('bale', '@council_bale_bot, polling');
    for (let i = 0; i < 8; i++, now += 30_000) status.failed('bale', new Error('502'));
    expect(lines.filter((l) => l.level === 40)).toHaveLength(2);
  });

  it('respects the level: at warn the connection lines are not written', () => {
    const { logger, lines } = capture('warn');
    new ServiceStatus(logger).connected('slack', 'T1, socket');
    expect(lines).toHaveLength(0);
  });
});
