// An owner's reminder schedule on the desk: shown, and changed by a form with the very rules of /schedule in
// chat (each field is read by parseSettingChange, as if typed after `/schedule <owner>`), stored by the same
// call, and recorded in the owner's history. A field that cannot be read comes back marked, with what was
// typed, and nothing is stored.
import { civilDate, formatJalali } from '../core/calendar.js';
import type { Messages } from '../core/i18n.js';
import {
  COUNT_LIMITS,
  type CountSetting,
  DAY_NAMES,
  parseDay,
  parseSettingChange,
  parseTime,
  type ScheduleSettings,
} from '../core/schedule/settings.js';
import type { RecordChangeEntry } from '../db/record-changes.js';
import { DESK_ADDRESS, type DeskContext } from './context.js';
import { deskDate } from './form.js';
import { attr, h, type Safe } from './html.js';
import { csrfField } from './layout.js';
import { when } from './resolution-page.js';

/** The form's fields: every setting /schedule changes (the pre-meeting digest is the council's alone). */
export const SCHEDULE_FIELDS = [
  'enabled',
  'weeklyDay',
  'weeklyTime',
  'sendTime',
  'dueSoonDays',
  'overdueEveryDays',
  'escalateAfterDays',
  'pausedUntil',
] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

export type Values = Record<string, string>;
export type ScheduleErrors = Partial<Record<ScheduleField, string>>;

/** The /schedule word each count is changed by. */
const COUNT_WORD: Record<Exclude<CountSetting, 'preMeetingDays'>, string> = {
  dueSoonDays: 'due-soon',
  overdueEveryDays: 'overdue',
  escalateAfterDays: 'escalate',
};

/**
 * The typed form as one change, or each field's reason. `current` is what is stored now: a pause date that
 * has passed may stay as it is, as /schedule would never be asked to set it again.
 */
export function readScheduleForm(
  v: Values,
  current: ScheduleSettings,
  today: string,
  t: Messages,
): { change: Partial<ScheduleSettings> } | { errors: ScheduleErrors } {
  const errors: ScheduleErrors = {};
  const change: Partial<ScheduleSettings> = {};
  const take = (words: string[]) => {
    const c = parseSettingChange(words);
    if (c) Object.assign(change, c);
    return c;
  };
  take([v.enabled === 'on' ? 'on' : 'off']);
  const day = v.weeklyDay ?? '';
  const weeklyTime = v.weeklyTime ?? '';
  if (!parseDay(day)) errors.weeklyDay = t.deskOwners.badDay;
  if (!parseTime(weeklyTime)) errors.weeklyTime = t.deskMeetings.badTime(weeklyTime);
  if (!errors.weeklyDay && !errors.weeklyTime) take(['weekly', day, weeklyTime]);
  if (!take(['time', v.sendTime ?? ''])) errors.sendTime = t.deskMeetings.badTime(v.sendTime ?? '');
  for (const [key, word] of Object.entries(COUNT_WORD) as [keyof typeof COUNT_WORD, string][]) {
    const typed = v[key] ?? '';
    if (!take([word, typed])) errors[key] = t.deskOwners.badCount(typed, COUNT_LIMITS[key].min, COUNT_LIMITS[key].max);
  }
  const pause = v.pausedUntil ?? '';
  // The desk's one date rule first (a Jalali date; a Gregorian one named as such), then /schedule's own.
  const read = pause ? deskDate(t, pause) : null;
  if (!pause) take(['resume']);
  else if (read && 'error' in read) errors.pausedUntil = read.error;
  else {
    const c = take(['pause', pause]);
    if (!c) errors.pausedUntil = t.desk.badDate(pause);
    else if (c.pausedUntil && c.pausedUntil < today && c.pausedUntil !== current.pausedUntil)
      errors.pausedUntil = t.datePast(c.pausedUntil);
  }
  return Object.keys(errors).length > 0 ? { errors } : { change };
}

/** The stored settings as the form shows them. */
export function scheduleValues(s: ScheduleSettings, t: Messages, lang: 'fa' | 'en'): Values {
  return {
    enabled: s.enabled ? 'on' : '',
    weeklyDay: s.weeklyDay,
    weeklyTime: t.num(s.weeklyTime),
    sendTime: t.num(s.sendTime),
    dueSoonDays: t.num(s.dueSoonDays),
    overdueEveryDays: t.num(s.overdueEveryDays),
    escalateAfterDays: t.num(s.escalateAfterDays),
    pausedUntil: s.pausedUntil ? formatJalali(s.pausedUntil, lang) : '',
  };
}

export function scheduleForm(c: DeskContext, ownerId: number, v: Values, failed?: { errors: ScheduleErrors }): Safe {
  const t = c.get('t');
  const o = t.deskOwners;
  const errors = failed?.errors ?? {};
  const err = (k: ScheduleField) => (errors[k] ? h`<span class="error" id="err-${k}">${errors[k]}</span>` : '');
  const aria = (k: ScheduleField) => (errors[k] ? h` aria-invalid="true" aria-describedby="err-${k}"` : '');
  const hint = (k: ScheduleField) => (o.settingHint[k] ? h`<span class="hint">${o.settingHint[k]}</span>` : '');
  const text = (k: ScheduleField, size: number, numeric = false) =>
    h`<label>${o.setting[k]}${hint(k)}<input type="text" name="${k}" value="${v[k] ?? ''}" size="${size}"${numeric ? h` inputmode="numeric"` : ''}${aria(k)}>${err(k)}</label>`;
  return h`<form method="post" action="/desk/owners/${ownerId}/schedule" class="schedule">${csrfField(c)}<h2 id="schedule">${o.editSchedule}</h2>
<p class="hint">${o.scheduleHint}</p>
${failed ? h`<p class="error" role="alert">${o.scheduleUnchanged}</p>` : ''}
<label class="check"><input type="checkbox" name="enabled" value="on"${attr('checked', v.enabled === 'on')}>${o.setting.enabled}</label>
<label>${o.setting.weeklyDay}<select name="weeklyDay"${aria('weeklyDay')}>${DAY_NAMES.filter((d) => d !== 'fri').map((d) => h`<option value="${d}"${attr('selected', v.weeklyDay === d)}>${o.day[d]}</option>`)}</select>${err('weeklyDay')}</label>
${text('weeklyTime', 6)}
${text('sendTime', 6)}
${text('dueSoonDays', 4, true)}
${text('overdueEveryDays', 4, true)}
${text('escalateAfterDays', 4, true)}
<label>${o.setting.pausedUntil}${hint('pausedUntil')}<input type="text" name="pausedUntil" value="${v.pausedUntil ?? ''}" placeholder="${t.desk.datePlaceholder}" data-jdp size="10"${aria('pausedUntil')}>${err('pausedUntil')}</label>
<button type="submit">${t.desk.save}</button></form>`;
}

function shown(t: Messages, lang: 'fa' | 'en', key: string, v: unknown): string {
  if (key === 'enabled') return v ? t.deskOwners.on : t.deskOwners.off;
  if (key === 'weeklyDay') return t.deskOwners.day[v as ScheduleSettings['weeklyDay']] ?? String(v);
  if (key === 'pausedUntil') return typeof v === 'string' ? formatJalali(v, lang) : t.deskOwners.notPaused;
  return t.num(String(v));
}

/** A recorded schedule change: each setting that changed, from what to what, and where it was made. */
export function scheduleChangeLine(c: DeskContext, e: RecordChangeEntry): string {
  const t = c.get('t');
  const lang = c.get('lang');
  const from = JSON.parse(e.fromValue ?? '{}') as Record<string, unknown>;
  const to = JSON.parse(e.toValue ?? '{}') as Record<string, unknown>;
  const changes = Object.keys(to)
    .filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]))
    .map((k) =>
      t.deskOwners.settingChange(t.deskOwners.setting[k] ?? k, shown(t, lang, k, from[k]), shown(t, lang, k, to[k])),
    );
  const where = t.historyVia(e.chatAddress === DESK_ADDRESS ? t.desk.via : e.chatAddress);
  return `${t.deskOwners.scheduleLine(when(c, e.createdAt), e.actorName ?? e.actorId, changes.join(t.listSep))} (${where})`;
}

/** Today in the council's time zone, against which a pause date is checked. */
export function deskToday(c: DeskContext): string {
  const app = c.get('app');
  return civilDate(app.clock.now(), app.config.COUNCIL_TIMEZONE);
}
