// Reminder settings: defaults from configuration, overridden per committee by the chair (`/schedule`).
// Overrides are stored as a small JSON object; unknown or invalid fields are ignored so an old row never
// stops the engine.
import { parseUserDate } from '../calendar.js';
import { toLatinDigits } from '../text.js';

export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type DayName = (typeof DAY_NAMES)[number];

export interface ScheduleSettings {
  /** Reminders to the committee's chat at all (escalations to the chair still happen). */
  enabled: boolean;
  weeklyDay: DayName;
  weeklyTime: string;
  /** When due-soon, due-today, overdue, escalation and pre-meeting reminders go out. */
  sendTime: string;
  /** Work days before the due date; 0 turns due-soon off. */
  dueSoonDays: number;
  /** Overdue reminders every so many work days. */
  overdueEveryDays: number;
  /** Work days overdue before the chair's chat hears of it; 0 turns escalation off. */
  escalateAfterDays: number;
  /** Work days before the next meeting for the chair's digest. */
  preMeetingDays: number;
  /** The chair paused the committee's reminders through this civil date (`/schedule X pause <date>`). */
  pausedUntil: string | null;
}

/** The configuration variables the defaults come from (see .env.example). */
export interface ScheduleEnv {
  REMINDER_WEEKLY_DAY: string;
  REMINDER_WEEKLY_TIME: string;
  REMINDER_SEND_TIME: string;
  REMINDER_DUE_SOON_DAYS: number;
  REMINDER_OVERDUE_EVERY_DAYS: number;
  REMINDER_ESCALATE_AFTER_DAYS: number;
  REMINDER_PRE_MEETING_DAYS: number;
}

export function defaultSettings(env: ScheduleEnv): ScheduleSettings {
  return {
    enabled: true,
    weeklyDay: parseDay(env.REMINDER_WEEKLY_DAY) ?? 'sat',
    weeklyTime: env.REMINDER_WEEKLY_TIME,
    sendTime: env.REMINDER_SEND_TIME,
    dueSoonDays: env.REMINDER_DUE_SOON_DAYS,
    overdueEveryDays: Math.max(1, env.REMINDER_OVERDUE_EVERY_DAYS),
    escalateAfterDays: env.REMINDER_ESCALATE_AFTER_DAYS,
    preMeetingDays: env.REMINDER_PRE_MEETING_DAYS,
    pausedUntil: null,
  };
}

const FA_DAYS: Record<string, DayName> = {
  شنبه: 'sat',
  یکشنبه: 'sun',
  دوشنبه: 'mon',
  سهشنبه: 'tue',
  چهارشنبه: 'wed',
  پنجشنبه: 'thu',
};

export function parseDay(word: string): DayName | null {
  const w = word
    .trim()
    .toLowerCase()
    .replace(/[\s\u200c-]/g, '');
  const en = DAY_NAMES.find((d) => w.startsWith(d));
  const day = en ?? FA_DAYS[w] ?? null;
  return day === 'fri' ? null : day;
}

export function parseTime(word: string): string | null {
  const m = /^([01]?\d|2[0-3])[:٫.]([0-5]\d)$/.exec(toLatinDigits(word.trim()));
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

const isTime = (v: unknown): v is string => typeof v === 'string' && parseTime(v) === v;

/** The counts a committee may set, each within its bounds (the desk's form quotes them in its messages). */
export const COUNT_LIMITS = {
  dueSoonDays: { min: 0, max: 60 },
  overdueEveryDays: { min: 1, max: 60 },
  escalateAfterDays: { min: 0, max: 365 },
  preMeetingDays: { min: 0, max: 30 },
} as const;
export type CountSetting = keyof typeof COUNT_LIMITS;

const isCount = (key: CountSetting) => (v: unknown) =>
  Number.isInteger(v) && (v as number) >= COUNT_LIMITS[key].min && (v as number) <= COUNT_LIMITS[key].max;

const CHECKS: { [K in keyof ScheduleSettings]: (v: unknown) => boolean } = {
  enabled: (v) => typeof v === 'boolean',
  weeklyDay: (v) => typeof v === 'string' && DAY_NAMES.includes(v as DayName) && v !== 'fri',
  weeklyTime: isTime,
  sendTime: isTime,
  dueSoonDays: isCount('dueSoonDays'),
  overdueEveryDays: isCount('overdueEveryDays'),
  escalateAfterDays: isCount('escalateAfterDays'),
  preMeetingDays: isCount('preMeetingDays'),
  pausedUntil: (v) => v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)),
};

/** The valid fields of a stored override. */
export function parseOverrides(json: string | null | undefined): Partial<ScheduleSettings> {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? '{}');
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const check = CHECKS[k as keyof ScheduleSettings];
    if (check?.(v)) out[k] = v;
  }
  return out as Partial<ScheduleSettings>;
}

export function mergeSettings(defaults: ScheduleSettings, overrides: Partial<ScheduleSettings>): ScheduleSettings {
  return { ...defaults, ...overrides };
}

/**
 * One change typed after the committee's name: `weekly sun 10:00`, `due-soon 5`, `overdue 3`, `escalate 4`,
 * `time 08:30`, `off`, `on`, `pause ۱۴۰۵/۰۱/۱۵`, `resume`. Null when it cannot be read.
 */
export function parseSettingChange(words: string[]): Partial<ScheduleSettings> | null {
  const [what, a, b] = words.map((w) => toLatinDigits(w).toLowerCase());
  if (words.length > (what === 'weekly' || what === 'هفتگی' ? 3 : 2)) return null;
  const count = (v: string | undefined, key: keyof ScheduleSettings) => {
    const n = v !== undefined && /^\d+$/.test(v) ? Number(v) : Number.NaN;
    return CHECKS[key](n) ? { [key]: n } : null;
  };
  switch (what) {
    case 'on':
    case 'روشن':
      return { enabled: true };
    case 'off':
    case 'خاموش':
      return { enabled: false };
    case 'weekly':
    case 'هفتگی': {
      const day = a ? parseDay(a) : null;
      const time = b ? parseTime(b) : null;
      if (!day || (b && !time)) return null;
      return time ? { weeklyDay: day, weeklyTime: time } : { weeklyDay: day };
    }
    case 'time':
    case 'ساعت': {
      const time = a ? parseTime(a) : null;
      return time ? { sendTime: time } : null;
    }
    case 'due-soon':
      return count(a, 'dueSoonDays');
    case 'overdue':
      return count(a, 'overdueEveryDays');
    case 'escalate':
      return count(a, 'escalateAfterDays');
    case 'pause':
    case 'توقف': {
      const date = a ? parseUserDate(a) : null;
      return date ? { pausedUntil: date } : null;
    }
    case 'resume':
    case 'ادامه':
      return words.length === 1 ? { pausedUntil: null } : null;
    default:
      return null;
  }
}
