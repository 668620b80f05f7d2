// The days-off page: the days off of this Jalali year and the next as the work calendar counts them, each
// date of a year not yet official marked estimated. When the official calendar appears the secretary makes a
// day a day off (with its occasion) or a work day, and marks the year official; the chair reads. Every change
// is recorded with who made it, and the reminders count work days by it at once.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { formatJalali, toJalali } from '../core/calendar.js';
import type { Messages } from '../core/i18n.js';
import { overLimit } from '../core/limits.js';
import { daysOffOfYear, markedDate } from '../core/schedule/days-off.js';
import type { DayCorrection } from '../core/schedule/holiday-rules.js';
import { PUBLISHED_JALALI_YEARS } from '../core/schedule/iran-holidays-data.js';
import type { WorkCalendar } from '../core/schedule/workdays.js';
import { toLatinDigits } from '../core/text.js';
import type { DayState } from '../db/days-off.js';
import type { RecordChangeEntry } from '../db/record-changes.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { afterWrite, fields, formValues, judge, refuse, savedFlash, type Values } from './form.js';
import { h, type Safe } from './html.js';
import { csrfField, page } from './layout.js';
import { deskToday } from './owner-schedule.js';
import { when } from './resolution-page.js';

type Failed = { error: string; values: Values };

/** An occasion's name, as the official calendar prints it, is a few words. */
const MAX_NAME = 100;

/** The years the page shows and corrects: this one and the next. */
function years(c: DeskContext): [number, number] {
  const y = toJalali(deskToday(c)).jy;
  return [y, y + 1];
}

function yearSection(c: DeskContext, calendar: WorkCalendar, year: number, secretary: boolean): Safe {
  const t = c.get('t');
  const d = t.deskDaysOff;
  const lang = c.get('lang');
  const official = calendar.isOfficialYear(year);
  const days = daysOffOfYear(calendar, year);
  const removeForm = (date: string) =>
    h`<form method="post" action="/desk/days-off/remove">${csrfField(c)}<input type="hidden" name="date" value="${formatJalali(date, 'en')}"><button type="submit" class="quiet">${d.remove}</button></form>`;
  const rows = days.map(
    (day) =>
      h`<tr><td>${markedDate(calendar, day.date, lang)}</td><td>${[...new Set(day.reasons.map((r) => r[lang]))].join(t.listSep)}</td><td>${[...new Set(day.reasons.map((r) => d.sources[r.source]))].join(t.listSep)}</td>${secretary ? h`<td>${removeForm(day.date)}</td>` : ''}</tr>`,
  );
  const published = PUBLISHED_JALALI_YEARS.includes(year);
  const mark =
    secretary && !published
      ? h`<form method="post" action="/desk/days-off/official">${csrfField(c)}<input type="hidden" name="year" value="${year}"><input type="hidden" name="to" value="${official ? 'estimated' : 'official'}"><button type="submit">${official ? d.markEstimated(year) : d.markOfficial(year)}</button></form>`
      : '';
  return h`<section class="card" id="y${year}"><h2>${d.year(year, official)}</h2>
${official ? '' : h`<p class="hint">${d.estimatedHint}</p>`}
${days.length ? h`<div class="table-wrap"><table><thead><tr><th scope="col">${d.date}</th><th scope="col">${d.name}</th><th scope="col">${d.source}</th>${secretary ? h`<th scope="col"><span class="visually-hidden">${d.remove}</span></th>` : ''}</tr></thead><tbody>${rows}</tbody></table></div>` : h`<p>${d.none}</p>`}
${mark}</section>`;
}

function stateText(c: DeskContext, s: DayState): string {
  const d = c.get('t').deskDaysOff;
  return s.off ? d.off(s.name ?? '') : d.work;
}

export function dayOffChangeLine(c: DeskContext, calendar: WorkCalendar, e: RecordChangeEntry, year: number): string {
  const d = c.get('t').deskDaysOff;
  const who = e.actorName ?? e.actorId;
  const at = when(c, e.createdAt);
  if (e.field === 'official') return d.officialLine(at, who, year, e.toValue === 'true');
  const from = JSON.parse(e.fromValue ?? '{}') as DayState;
  const to = JSON.parse(e.toValue ?? '{}') as DayState;
  return d.dayLine(at, who, markedDate(calendar, to.date, c.get('lang')), stateText(c, from), stateText(c, to));
}

async function daysOffPage(c: DeskContext, failed?: Failed) {
  const app = c.get('app');
  const t = c.get('t');
  const d = t.deskDaysOff;
  const lang = c.get('lang');
  const secretary = c.get('session')?.role === 'secretary';
  const shown = years(c);
  const calendar = await app.desk.daysOff.current();
  const history = await app.desk.daysOff.changes(shown);
  const workDays = await app.desk.daysOff.workDays(shown);
  const error = failed ? h`<p class="error" role="alert">${failed.error}</p>` : '';
  const typed = (k: string) => failed?.values[k] ?? '';
  const add = secretary
    ? h`<form method="post" action="/desk/days-off/add" class="card forms">${csrfField(c)}<h2>${d.add}</h2><p class="hint">${d.addHint}</p>
<label>${d.date}<input type="text" name="date" value="${typed('date')}" placeholder="${t.desk.datePlaceholder}" data-jdp required></label>
<label>${d.nameLabel}<input type="text" name="name" value="${typed('name')}" maxlength="${MAX_NAME}"></label>
${error}<button type="submit">${d.save}</button></form>`
    : error;
  const body = h`${savedFlash(c)}
${add}
${shown.map((y) => yearSection(c, calendar, y, secretary))}
${workDays.length ? h`<p class="card">${d.madeWorkDays(workDays.map((w) => markedDate(calendar, w, lang)).join(t.listSep))}</p>` : ''}
<section class="card"><h2>${t.desk.history}</h2>
${history.length ? h`<ol class="history">${history.map((e) => h`<li>${dayOffChangeLine(c, calendar, e, e.year)}</li>`)}</ol>` : h`<p>${t.desk.noHistory}</p>`}</section>`;
  return page(c, d.title, body, failed ? 400 : 200);
}

/** The add and remove forms: a Jalali date of the years shown, and for a day off its occasion. */
function daySchema(t: Messages, form: 'add' | 'remove', shown: [number, number]) {
  const f = fields(t);
  const d = t.deskDaysOff;
  return z.pipe(
    z.object({ date: f.date(), name: f.text() }),
    z.transform((v, ctx): { date: string; want: DayCorrection } => {
      if (!v.date) return refuse(ctx, t.desk.dateRequired, v, 'date');
      if (!shown.includes(toJalali(v.date).jy)) return refuse(ctx, d.outOfRange(yearList(t, shown)), v, 'date');
      if (form === 'remove') return { date: v.date, want: { off: false } };
      if (!v.name) return refuse(ctx, d.needName, v, 'name');
      if (overLimit(v.name, MAX_NAME) !== null) return refuse(ctx, d.nameTooLong(MAX_NAME), v, 'name');
      return { date: v.date, want: { off: true, name: v.name } };
    }),
  );
}

/** The official form: a year shown that has no published calendar, marked official or estimated again. */
function officialSchema(t: Messages, shown: [number, number]) {
  const f = fields(t);
  const d = t.deskDaysOff;
  return z.pipe(
    z.object({ year: f.short(), to: f.oneOf(['official', 'estimated']) }),
    z.transform((v, ctx) => {
      const year = Number(toLatinDigits(v.year));
      if (!shown.includes(year)) return refuse(ctx, d.outOfRange(yearList(t, shown)), v, 'year');
      if (PUBLISHED_JALALI_YEARS.includes(year)) return refuse(ctx, d.publishedYear(year), v, 'year');
      return { year, official: v.to === 'official' };
    }),
  );
}

const yearList = (t: Messages, shown: readonly number[]) => shown.map((y) => t.num(y)).join(t.listSep);

export function daysOffRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/days-off', (c) => daysOffPage(c));
  // The secretary's alone: the role guard (roles.ts) refuses the chair before the form is read.
  routes.post('/days-off/:form{add|remove|official}', async (c) => {
    const t = c.get('t');
    const d = t.deskDaysOff;
    const values = await formValues(c);
    const fail = (error: string) => daysOffPage(c, { error, values });
    const app = c.get('app');
    const actor = deskActor(c.get('session')!);
    const shown = years(c);
    const form = c.req.param('form') as 'add' | 'remove' | 'official';
    if (form === 'official') {
      const read = judge(officialSchema(t, shown), values);
      if (!read.ok) return fail(read.error);
      const changed = await app.desk.daysOff.setOfficial(read.data.year, read.data.official, actor, DESK_ADDRESS);
      return afterWrite(c, '/desk/days-off', changed, `#y${read.data.year}`);
    }
    const read = judge(daySchema(t, form, shown), values);
    if (!read.ok) return fail(read.error);
    const { date, want } = read.data;
    const done = await app.desk.daysOff.setDay(date, want, actor, DESK_ADDRESS);
    const shownDate = formatJalali(date, c.get('lang'));
    if (done === 'already-off') return fail(d.alreadyOff(shownDate));
    if (done === 'not-off') return fail(d.notOff(shownDate));
    return afterWrite(c, '/desk/days-off', true, `#y${toJalali(date).jy}`);
  });
  return routes;
}
