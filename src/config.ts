// One zod schema over the environment. Every variable is documented in .env.example.
// zod/mini, with the English messages only: the configuration is read once, at every start, and the full zod
// took a noticeable share of start-up to load.
import { readFileSync, statSync } from 'node:fs';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { EVIDENCE_FILE_TYPES } from './core/evidence.js';
import { imageInfo, isWholeImage } from './reports/image-size.js';
import { LETTERHEAD_MAX_BYTES } from './reports/letterhead.js';

z.config(en());

/** A variable as given: trimmed, or undefined when unset. */
const trimmed = z.optional(z.string().check(z.trim()));

const optionalString = z.pipe(
  trimmed,
  z.transform((v: string | undefined) => (v ? v : undefined)),
);

const choice = <const T extends readonly [string, ...string[]], R>(values: T, fn: (v: T[number] | undefined) => R) =>
  z.pipe(z.optional(z.enum(values)), z.transform(fn));

const bool = (fallback: boolean) =>
  choice(['true', 'false', '1', '0', 'yes', 'no', ''], (v) =>
    v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v),
  );

const int = (fallback: number, min: number, max: number) =>
  z.pipe(
    z.pipe(
      z.pipe(
        trimmed,
        z.transform((v: string | undefined) => (v === undefined || v === '' ? String(fallback) : v)),
      ),
      z.string().check(z.regex(/^\d+$/, 'expected a whole number')),
    ),
    z.pipe(
      z.transform((v: string) => Number(v)),
      z.int().check(z.gte(min), z.lte(max)),
    ),
  );

const optionalUrl = z.pipe(optionalString, z.optional(z.url()));

/** `platform:userId` entries, comma-separated. */
const idList = z.pipe(
  optionalString,
  z.transform((v: string | undefined) =>
    (v ?? '')
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
);

/**
 * An IANA zone name. The canonical names are looked up in a list, which is cheap; only another spelling (an
 * alias such as UTC) builds a date formatter, whose first use sets up the whole locale machinery (some 20 ms of
 * start-up that the first date formatted would otherwise pay after the bot is up).
 */
function knownTimeZone(tz: string): boolean {
  if (Intl.supportedValuesOf('timeZone').includes(tz)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z.pipe(
  trimmed,
  z.pipe(
    z.transform((v: string | undefined) => v || 'Asia/Tehran'),
    z.string().check(z.refine(knownTimeZone, 'not a known IANA time zone (e.g. Asia/Tehran)')),
  ),
);

const hhmm = (fallback: string) =>
  z.pipe(
    z.pipe(
      trimmed,
      z.transform((v: string | undefined) => v || fallback),
    ),
    z.string().check(z.regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')),
  );

/** An optional string (or URL), blank meaning unset, with its default. */
const withDefault = (fallback: string, given: typeof optionalString | typeof optionalUrl = optionalString) =>
  z.pipe(
    given,
    z.transform((v: string | undefined) => v ?? fallback),
  );

function fileSize(path: string): number | null {
  try {
    const s = statSync(path);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/** A PNG or JPEG file for the follow-up report's letterhead: there, small enough, and what its name says. */
const letterheadImage = z.pipe(
  optionalString,
  z.optional(
    z.string().check(
      z.regex(/\.(png|jpe?g)$/i, { message: 'expected a .png or .jpg file', abort: true }),
      z.refine((p) => fileSize(p) !== null, { message: 'no such file', abort: true }),
      z.refine((p) => (fileSize(p) ?? 0) <= LETTERHEAD_MAX_BYTES, { message: 'larger than 2 MB', abort: true }),
      z.refine((p) => imageInfo(readFileSync(p)) !== null, { message: 'not a PNG or JPEG image', abort: true }),
      z.refine((p) => {
        const data = readFileSync(p);
        return isWholeImage(data, imageInfo(data)!);
      }, 'an image cut short (its end is missing)'),
    ),
  ),
);

export const envSchema = z.object({
  DATABASE_URL: z.pipe(
    optionalString,
    z.optional(z.string().check(z.regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, 'expected file:<path> or postgresql://…'))),
  ),
  // How long a command run by a person waits for another process's write lock on an SQLite file.
  SQLITE_WAIT_SECONDS: int(20, 1, 600),
  // Prepared statements kept on the SQLite connection (0: each statement prepared anew, as Prisma's adapter does).
  SQLITE_STATEMENT_CACHE: int(256, 0, 10_000),
  // Distinct statements each PostgreSQL connection prepares once and keeps (0: each sent unnamed, as Prisma's
  // adapter sends them, and parsed and planned on every call).
  POSTGRES_STATEMENT_CACHE: int(256, 0, 10_000),
  COUNCIL_NAME: withDefault('شورای هماهنگی و تلفیق'),
  COUNCIL_TIMEZONE: timeZone,
  // The follow-up report's letterhead (.docx): lines of text separated by «|», and/or an image above them.
  REPORT_LETTERHEAD: optionalString,
  REPORT_LETTERHEAD_IMAGE: letterheadImage,
  LANGUAGE: choice(['fa', 'en', ''], (v) => (v === 'en' ? 'en' : 'fa') as 'fa' | 'en'),
  LOG_LEVEL: choice(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent', ''], (v) => v || 'info'),
  SECRETARY_IDS: idList,
  CHAIR_IDS: idList,

  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: optionalUrl,
  BALE_BOT_TOKEN: optionalString,
  BALE_API_ROOT: withDefault('https://tapi.bale.ai', optionalUrl),
  // The bots' usernames, for invite links made where the bot is not running (`peygir invite`); the running bot
  // knows its own.
  TELEGRAM_BOT_USERNAME: optionalString,
  BALE_BOT_USERNAME: optionalString,
  WEBHOOK_PUBLIC_URL: optionalUrl,
  WEBHOOK_SECRET: z.pipe(
    optionalString,
    z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,256}$/, '8–256 letters, digits, _ or -'))),
  ),

  // Bale's Safir (organisation messaging): with both, an owner with a phone number and no linked chat is sent its
  // notices and reminders through Safir's send_message.
  SAFIR_API_KEY: optionalString,
  SAFIR_BOT_ID: z.pipe(
    optionalString,
    z.optional(z.string().check(z.regex(/^\d{1,18}$/, "expected the bot's numeric id"))),
  ),
  SAFIR_API_URL: withDefault('https://safir.bale.ai', optionalUrl),
  // Safir documents no rate limit: peygir sends at most this many messages a minute, and waits when it is told to.
  SAFIR_PER_MINUTE: int(60, 1, 6000),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalUrl,
  SLACK_ADMIN_IDS: idList,

  // One listener for the desk, the webhooks, Slack's HTTP events and the health checks.
  HTTP_PORT: int(8080, 0, 65535),
  HTTP_HOST: withDefault('127.0.0.1'),
  DESK_PUBLIC_URL: optionalUrl,

  WORK_THURSDAY: bool(false),
  HOLIDAYS: optionalString,
  REMINDER_WEEKLY_DAY: choice(['sat', 'sun', 'mon', 'tue', 'wed', 'thu', ''], (v) => v || 'sat'),
  REMINDER_WEEKLY_TIME: hhmm('09:00'),
  REMINDER_SEND_TIME: hhmm('09:00'),
  REMINDER_DUE_SOON_DAYS: int(3, 0, 60),
  REMINDER_OVERDUE_EVERY_DAYS: int(2, 1, 60),
  REMINDER_ESCALATE_AFTER_DAYS: int(3, 0, 365),
  REMINDER_PRE_MEETING_DAYS: int(1, 0, 30),
  REMINDER_CATCHUP_HOURS: int(72, 0, 24 * 60),
  REMINDER_LEASE_SECONDS: int(120, 10, 3600),
  REMINDERS_ENABLED: bool(true),
  // Each owner's chat is told of the items it is given (imported, added or reassigned), with a «seen» button.
  NOTICE_ON_IMPORT: bool(true),
  // The chair accepts each claim of «done» from an owner's chat before the share counts as done (/approve, /decline).
  REQUIRE_ACCEPTANCE: bool(false),
  // Evidence files sent with /done: where they are kept (by content hash), how large and of which types they may be.
  EVIDENCE_DIR: withDefault('./data/evidence'),
  EVIDENCE_MAX_MB: int(10, 1, 20),
  EVIDENCE_TYPES: z.pipe(
    withDefault('pdf,jpg,jpeg,png,docx,xlsx,doc,xls,txt'),
    z.pipe(
      z.transform((v: string) =>
        v
          .split(/[,\s]+/)
          .map((s) => s.trim().replace(/^\./, '').toLowerCase())
          .filter(Boolean),
      ),
      z.array(z.string()).check(
        z.minLength(1, 'name at least one type'),
        z.refine(
          (types: string[]) => types.every((t) => t in EVIDENCE_FILE_TYPES),
          `expected some of ${Object.keys(EVIDENCE_FILE_TYPES).join(', ')}`,
        ),
      ),
    ),
  ),
  BACKUP_DIR: withDefault('./data/backups'),
  BACKUP_KEEP: int(14, 0, 10_000),
});

export type Env = z.output<typeof envSchema>;

export interface Config extends Env {
  databaseUrl: string;
  provider: 'sqlite' | 'postgresql';
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_DATABASE_URL = 'file:./data/peygir.db';

/** Variables of older versions that would now be silently ignored: start-up stops and names the new one. */
const RETIRED: Record<string, string> = {
  WEBHOOK_PORT: 'HTTP_PORT (one port now serves webhooks, Slack and the desk)',
  SLACK_PORT: 'HTTP_PORT (one port now serves webhooks, Slack and the desk)',
};

/** Validates the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const retired = Object.keys(RETIRED)
    .filter((name) => env[name]?.trim())
    .map((name) => `${name}: no longer used; set ${RETIRED[name]}`);
  if (!parsed.success || retired.length > 0) {
    throw new ConfigError([
      ...retired,
      ...(parsed.error?.issues ?? []).map((i) => {
        const name = String(i.path[0] ?? '?');
        const value = env[name];
        const shown = value && !/TOKEN|SECRET|PASSWORD|KEY/.test(name) ? ` (got "${value}")` : '';
        return `${name}: ${i.message}${shown}`;
      }),
    ]);
  }
  const databaseUrl = parsed.data.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const provider = databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql';
  if (parsed.data.SLACK_BOT_TOKEN && !parsed.data.SLACK_APP_TOKEN && !parsed.data.SLACK_SIGNING_SECRET) {
    throw new ConfigError([
      'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN (Socket Mode) is set',
    ]);
  }
  if (!parsed.data.SAFIR_API_KEY !== !parsed.data.SAFIR_BOT_ID) {
    throw new ConfigError([
      parsed.data.SAFIR_API_KEY
        ? 'SAFIR_BOT_ID: required with SAFIR_API_KEY (the numeric id of the bot Safir sends as)'
        : 'SAFIR_API_KEY: required with SAFIR_BOT_ID (the api-access-key from the Bale business panel)',
    ]);
  }
  return { ...parsed.data, databaseUrl, provider };
}

/** Safir sends (an owner's phone number reaches it) when its key and bot id are both set. */
export function safirConfigured(config: Pick<Env, 'SAFIR_API_KEY' | 'SAFIR_BOT_ID'>): boolean {
  return !!config.SAFIR_API_KEY && !!config.SAFIR_BOT_ID;
}
