// The days-off page: the days off of this Jalali year and the next as the work calendar counts them, each
// date of a year not yet official marked estimated. When the official calendar appears the secretary makes a
// day a day off (with its occasion) or a work day, and marks the year official; the chair reads. Every change
// is recorded with who made it, and the reminders count work days by it at once.
import { Hono } from 'hono';
import { formatJalali, parseUserDate, toJalali } from '../core/calendar.js';
import { daysOffOfYear, markedDate } from '../core/schedule/days-off.js';
import { PUBLISHED_JALALI_YEARS } from '../core/schedule/iran-holidays-data.js';
import type { WorkCalendar } from '../core/schedule/workdays.js';
import type { DayState } from '../db/days-off.js';
import type { RecordChangeEntry } from '../db/record-changes.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { h, type Safe } from './html.js';
import { csrfField, page } from './layout.js';
import { deskToday } from './owner-schedule.js';
import { when } from './resolution-page.js';

type Failed = { error: string; values: Record<string, string> };

/** An occasion's name, as the official calendar prints it, is a few words. */
const MAX_NAME = 100;

/** The years the page shows and corrects: this one and the next. */
function years(c: DeskContext): [number, number] {
  const y = toJalali(deskToday(c)).jy;
  return [y, y + 1];
}

async function formValues(c: DeskContext): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(await c.req.parseBody()))
    if (typeof v === 'string' && k !== '_csrf') values[k] = v.trim().slice(0, 400);
  return values;
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

function changeLine(c: DeskContext, calendar: WorkCalendar, e: RecordChangeEntry, year: number): string {
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
<label>${d.date}<input type="text" name="date" value="${typed('date')}" placeholder="${t.desk.datePlaceholder}" required></label>
<label>${d.nameLabel}<input type="text" name="name" value="${typed('name')}" maxlength="${MAX_NAME}"></label>
${error}<button type="submit">${d.save}</button></form>`
    : error;
  const body = h`${c.req.query('saved') ? h`<p class="flash" role="status">${t.desk.saved}</p>` : ''}
${add}
${shown.map((y) => yearSection(c, calendar, y, secretary))}
${workDays.length ? h`<p class="card">${d.madeWorkDays(workDays.map((w) => markedDate(calendar, w, lang)).join(t.listSep))}</p>` : ''}
<section class="card"><h2>${t.desk.history}</h2>
${history.length ? h`<ol class="history">${history.map((e) => h`<li>${changeLine(c, calendar, e, e.year)}</li>`)}</ol>` : h`<p>${t.desk.noHistory}</p>`}</section>`;
  return page(c, d.title, body, failed ? 400 : 200);
}

export function daysOffRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/days-off', (c) => daysOffPage(c));
  routes.post('/days-off/:form{add|remove|official}', async (c) => {
    const t = c.get('t');
    const d = t.deskDaysOff;
    const values = await formValues(c);
    const fail = (error: string) => daysOffPage(c, { error, values });
    if (c.get('session')?.role !== 'secretary') return fail(t.desk.secretaryOnly);
    const app = c.get('app');
    const actor = deskActor(c.get('session')!);
    const shown = years(c);
    const inRange = (y: number) => shown.includes(y);
    const range = shown.map((y) => t.num(y)).join(t.listSep);
    const form = c.req.param('form');
    if (form === 'official') {
      const year = Number(values.year);
      if (!inRange(year)) return fail(d.outOfRange(range));
      if (PUBLISHED_JALALI_YEARS.includes(year)) return fail(d.publishedYear(year));
      await app.desk.daysOff.setOfficial(year, values.to === 'official', actor, DESK_ADDRESS);
      return c.redirect(`/desk/days-off?saved=1#y${year}`, 303);
    }
    const date = values.date ? parseUserDate(values.date) : null;
    if (!date) return fail(t.desk.badDate(values.date ?? ''));
    if (!inRange(toJalali(date).jy)) return fail(d.outOfRange(range));
    if (form === 'add' && !values.name) return fail(d.needName);
    if (form === 'add' && values.name!.length > MAX_NAME) return fail(d.nameTooLong(MAX_NAME));
    const want = form === 'add' ? { off: true as const, name: values.name! } : { off: false as const };
    const done = await app.desk.daysOff.setDay(date, want, actor, DESK_ADDRESS);
    const shownDate = formatJalali(date, c.get('lang'));
    if (done === 'already-off') return fail(d.alreadyOff(shownDate));
    if (done === 'not-off') return fail(d.notOff(shownDate));
    return c.redirect(`/desk/days-off?saved=1#y${toJalali(date).jy}`, 303);
  });
  return routes;
}
