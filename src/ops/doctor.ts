// peygir doctor's checks: each returns ok, warn or fail with what to do. They only read: configuration, the
// database and its migrations, whether the days off are official, each token against its API, webhook
// registration, time zone and clock, disk.
import { statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { civilDate, formatJalali, zonedParts } from '../core/calendar.js';
import { openDatabase, sqlitePath } from '../db/client.js';
import { directoryOf, MESSENGERS } from '../platforms/index.js';
import type { Check } from './check.js';
import { messengerChecks } from './doctor-apis.js';
import { daysOffCheck } from './doctor-calendar.js';
import { appReadiness } from './readiness.js';
import { ServiceStatus } from './status.js';

export type { Check, Verdict } from './check.js';

const MIN_FREE_BYTES = 500 * 1024 * 1024;
const MAX_SKEW_MS = 60_000;

/** The database, and once it is reachable and migrated what it holds: whether the days off are official. */
async function databaseChecks(config: Config, now: Date): Promise<Check[]> {
  const fix = 'check DATABASE_URL and that the server runs; then `npm run --silent peygir -- migrate`';
  try {
    const db = await openDatabase(config.databaseUrl, { migrate: false, attempts: 1 });
    try {
      const facts = appReadiness({ db, status: new ServiceStatus(), clock: { now: () => now }, config });
      const health = await facts.database();
      if (!health.reachable) return [{ name: 'database', verdict: 'fail', detail: health.error ?? 'unreachable', fix }];
      if (!health.migrated) {
        const detail = `${db.location}: migrations not applied: ${health.pending?.join(', ')}`;
        return [{ name: 'database', verdict: 'fail', detail, fix: 'run `npm run --silent peygir -- migrate`' }];
      }
      return [
        { name: 'database', verdict: 'ok', detail: `${db.location}, migrated` },
        await daysOffCheck(db, config, now),
      ];
    } finally {
      await db.close();
    }
  } catch (err) {
    return [{ name: 'database', verdict: 'fail', detail: (err as Error).message, fix }];
  }
}

function clockCheck(config: Config, clocks: number[], now: number): Check[] {
  const here = new Date(now);
  const p = zonedParts(here, config.COUNCIL_TIMEZONE);
  const local = `${formatJalali(civilDate(here, config.COUNCIL_TIMEZONE), 'en')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  const out: Check[] = [{ name: 'time zone', verdict: 'ok', detail: `${config.COUNCIL_TIMEZONE}: ${local}` }];
  if (clocks.length === 0) {
    out.push({
      name: 'clock',
      verdict: 'warn',
      detail: 'no API to compare with',
      fix: 'keep the clock synchronised (NTP, e.g. systemd-timesyncd)',
    });
    return out;
  }
  // The Date header has whole seconds: allow for that and for the request's own time.
  const skew = Math.max(...clocks.map((c) => Math.abs(c - now)));
  out.push(
    skew <= MAX_SKEW_MS
      ? { name: 'clock', verdict: 'ok', detail: `within ${Math.ceil(skew / 1000)} s of the API's` }
      : {
          name: 'clock',
          verdict: 'fail',
          detail: `${Math.round(skew / 1000)} s off the API's clock`,
          fix: 'synchronise the clock (NTP): reminders go out by it',
        },
  );
  return out;
}

async function diskChecks(config: Config): Promise<Check[]> {
  const places = new Map<string, string>();
  if (config.provider === 'sqlite') places.set('database folder', dirname(sqlitePath(config.databaseUrl)));
  if (config.BACKUP_KEEP > 0) places.set('backup folder', resolve(config.BACKUP_DIR));
  const out: Check[] = [];
  for (const [name, path] of places) {
    let at = path;
    // The folder may not exist yet: measure the nearest one that does.
    for (let i = 0; i < 20; i++) {
      try {
        const s = await statfs(at);
        const free = s.bavail * s.bsize;
        const detail = `${path}: ${(free / 1024 ** 3).toFixed(1)} GB free`;
        out.push(
          free >= MIN_FREE_BYTES
            ? { name, verdict: 'ok', detail }
            : { name, verdict: 'fail', detail, fix: 'free some space, or lower BACKUP_KEEP' },
        );
        break;
      } catch {
        at = dirname(at);
      }
    }
  }
  return out;
}

export async function runDoctor(env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): Promise<Check[]> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    const detail = err instanceof ConfigError ? err.issues.join('; ') : (err as Error).message;
    return [
      {
        name: 'configuration',
        verdict: 'fail',
        detail,
        fix: 'correct .env (every variable is described in .env.example)',
      },
    ];
  }
  const platforms = directoryOf(MESSENGERS, config)
    .list()
    .filter((m) => m.configured)
    .map((m) => m.platform);
  const checks: Check[] = [
    {
      name: 'configuration',
      verdict: 'ok',
      detail: `messengers: ${platforms.join(', ') || 'none (console chat only)'}`,
    },
  ];
  checks.push(...(await databaseChecks(config, new Date(now()))));
  const clocks: number[] = [];
  checks.push(...(await messengerChecks(config, clocks)));
  checks.push(...clockCheck(config, clocks, now()));
  checks.push(...(await diskChecks(config)));
  return checks;
}

/** A plain table: check, verdict, detail, and what to do under each problem. */
export function doctorTable(checks: Check[]): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  const lines = checks.flatMap((c) => [
    `${c.name.padEnd(width)}  ${c.verdict.toUpperCase().padEnd(4)}  ${c.detail}`,
    ...(c.fix && c.verdict !== 'ok' ? [`${' '.repeat(width)}        → ${c.fix}`] : []),
  ]);
  return `${lines.join('\n')}\n`;
}
