// The meetings page: every meeting with its header, a form to add one, each meeting's correction form with
// its history, deleting a meeting that has no resolutions, and the next meeting's date and time (the same
// store call and the same doubts as /meeting: a past day, a Friday or a holiday asks to be confirmed).
// Adding, correcting and deleting are the secretary's; the next meeting is also the chair's, as in chat.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { formatJalali, zonedInstant } from '../core/calendar.js';
import type { Messages } from '../core/i18n.js';
import { dayOffNote } from '../core/schedule/days-off.js';
import { meetingDoubt } from '../core/schedule/meeting-date.js';
import { parseTime } from '../core/schedule/settings.js';
import { toLatinDigits } from '../core/text.js';
import { MeetingEditError, type MeetingFields, type RecordChangeEntry } from '../db/record-changes.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { afterWrite, fields, formValues, judge, refuse, savedFlash, type Values } from './form.js';
import { h, type Safe } from './html.js';
import { undoImportForm, undoneLine } from './import-undo.js';
import { csrfField, messagePage, page } from './layout.js';
import { when } from './resolution-page.js';

const HEADER = ['number', 'date', 'chair', 'secretary'] as const;

const errorLine = (e?: string) => (e ? h`<p class="error" role="alert">${e}</p>` : '');

function headerFields(c: DeskContext, v: Values): Safe {
  const t = c.get('t');
  return h`${HEADER.map((f) => h`<label>${t.deskImport[f]}<input type="text" name="${f}" value="${v[f] ?? ''}"${f === 'date' ? h` placeholder="${t.desk.datePlaceholder}" data-jdp` : ''}></label>`)}`;
}

/** A meeting's header as stored fields: a number or a date at least, the date a Jalali one. */
function headerSchema(t: Messages) {
  const f = fields(t);
  return z.pipe(
    z.object({ number: f.short(), date: f.date(), chair: f.short(), secretary: f.short() }),
    z.transform((v, ctx): MeetingFields => {
      if (!v.number && !v.date) return refuse(ctx, t.deskMeetings.empty, v, 'number');
      return {
        number: v.number ? toLatinDigits(v.number) : null,
        gregorianDate: v.date,
        chair: v.chair || null,
        secretary: v.secretary || null,
      };
    }),
  );
}

/** The next meeting's form: a Jalali date, a time (08:00 when empty), and whether a doubt was confirmed. */
function nextSchema(t: Messages) {
  const f = fields(t);
  return z.pipe(
    z.object({ date: f.date(), time: f.short(), confirm: f.short() }),
    z.transform((v, ctx) => {
      if (!v.date) return refuse(ctx, t.desk.dateRequired, v, 'date');
      const time = v.time ? parseTime(v.time) : '08:00';
      if (!time) return refuse(ctx, t.deskMeetings.badTime(v.time), v, 'time');
      return { date: v.date, time, confirmed: v.confirm === '1' };
    }),
  );
}

/** A refusal the desk shows in words, from the editor's. */
function editError(c: DeskContext, err: MeetingEditError): string {
  const t = c.get('t');
  const m = err.meeting;
  if (err.reason === 'has-resolutions') return t.deskMeetings.hasResolutions(m.resolutions);
  return t.deskMeetings.numberTaken(
    m.number ?? '',
    m.gregorianDate ? formatJalali(m.gregorianDate, c.get('lang')) : null,
  );
}

type Failed = { form: 'next' | 'create'; error: string; values: Values; doubt?: boolean };

export function nextLine(c: DeskContext, e: RecordChangeEntry): string {
  const t = c.get('t');
  const at = (v: string | null) => (v ? when(c, new Date(v)) : t.desk.none);
  const where = t.historyVia(e.chatAddress === DESK_ADDRESS ? t.desk.via : e.chatAddress);
  return t.deskMeetings.nextLine(when(c, e.createdAt), e.actorName ?? e.actorId, at(e.fromValue), at(e.toValue), where);
}

function deletedLine(c: DeskContext, e: RecordChangeEntry): string {
  const t = c.get('t');
  const m = JSON.parse(e.fromValue ?? '{}') as { number?: string | null; gregorianDate?: string | null };
  const date = m.gregorianDate ? formatJalali(m.gregorianDate, c.get('lang')) : '';
  const name = [m.number ?? t.deskMeetings.noNumber, date].filter(Boolean).join(' · ');
  return t.deskMeetings.deletedLine(when(c, e.createdAt), e.actorName ?? e.actorId, name);
}

async function listPage(c: DeskContext, failed?: Failed) {
  const app = c.get('app');
  const t = c.get('t');
  const lang = c.get('lang');
  const secretary = c.get('session')?.role === 'secretary';
  const [meetings, council, nextChanges, deleted] = await Promise.all([
    app.store.prisma.meeting.findMany({
      where: { councilId: app.councilId },
      orderBy: { id: 'desc' },
      take: 500,
      include: { _count: { select: { resolutions: true } } },
    }),
    app.store.getCouncil(),
    app.desk.meetings.nextMeetingChanges(),
    app.desk.meetings.deleted(),
  ]);
  const typed = (form: Failed['form']) => (failed?.form === form ? failed.values : {});
  const error = (form: Failed['form']) => errorLine(failed?.form === form ? failed.error : undefined);
  const next = typed('next');
  const doubt = failed?.form === 'next' && failed.doubt;
  const flash = c.req.query('deleted') ? h`<p class="flash" role="status">${t.deskMeetings.deletedFlash}</p>` : '';
  const body = h`${savedFlash(c)}${flash}
<div class="forms card">
<form method="post" action="/desk/meetings/next">${csrfField(c)}<h2>${t.deskMeetings.next}</h2>
<p>${council.nextMeetingAt ? t.deskMeetings.nextIs(when(c, council.nextMeetingAt)) : t.deskMeetings.nextNone}</p>
<label>${t.deskImport.date}<input type="text" name="date" placeholder="${t.desk.datePlaceholder}" data-jdp value="${next.date ?? ''}" required></label>
<label>${t.deskMeetings.time}<input type="text" name="time" value="${next.time ?? ''}"></label>
${error('next')}${doubt ? h`<input type="hidden" name="confirm" value="1"><button type="submit">${t.deskMeetings.confirm}</button> <a class="button quiet" href="/desk/meetings">${t.deskMeetings.cancel}</a>` : h`<button type="submit">${t.deskMeetings.setNext}</button>`}
${nextChanges.length ? h`<ol class="history">${nextChanges.map((e) => h`<li>${nextLine(c, e)}</li>`)}</ol>` : ''}</form>
${secretary ? h`<form method="post" action="/desk/meetings/new">${csrfField(c)}<h2>${t.deskMeetings.create}</h2>${headerFields(c, typed('create'))}${error('create')}<button type="submit">${t.deskMeetings.create}</button></form>` : error('create')}
</div>
<div class="table-wrap card"><table><thead><tr>${HEADER.map((f) => h`<th scope="col">${t.deskImport[f]}</th>`)}<th scope="col">${t.deskMeetings.resolutions}</th></tr></thead>
<tbody>${meetings.map((m) => h`<tr><td><a href="/desk/meetings/${m.id}">${m.number ? t.num(m.number) : t.deskMeetings.noNumber}</a></td><td>${m.gregorianDate ? formatJalali(m.gregorianDate, lang) : ''}</td><td>${m.chair ?? ''}</td><td>${m.secretary ?? ''}</td><td>${t.num(m._count.resolutions)}</td></tr>`)}</tbody></table></div>
${deleted.length ? h`<section class="card"><h2>${t.deskMeetings.deletedTitle}</h2><ol class="history">${deleted.map((e) => h`<li>${deletedLine(c, e)}</li>`)}</ol></section>` : ''}`;
  return page(c, t.deskMeetings.title, body, failed && !doubt ? 400 : 200);
}

/** A meeting's change as its page or the meetings page says it, a deletion included. */
export function meetingRecordLine(c: DeskContext, e: RecordChangeEntry): string {
  if (e.field === 'import-undone') return undoneLine(c, e);
  return e.field === 'deleted' ? deletedLine(c, e) : changeLine(c, e);
}

function changeLine(c: DeskContext, e: RecordChangeEntry): string {
  const t = c.get('t');
  const who = e.actorName ?? e.actorId;
  const at = when(c, e.createdAt);
  if (e.field === 'created') return t.deskMeetings.created(at, who);
  const show = (v: string | null) =>
    !v ? t.desk.none : e.field === 'date' ? formatJalali(v, c.get('lang')) : e.field === 'number' ? t.num(v) : v;
  return t.deskMeetings.changed(at, who, t.deskMeetings.field[e.field] ?? e.field, show(e.fromValue), show(e.toValue));
}

async function meetingPage(c: DeskContext, id: number, failed?: { error: string; values: Values }) {
  const app = c.get('app');
  const t = c.get('t');
  const m = await app.store.prisma.meeting.findFirst({
    where: { id, councilId: app.councilId },
    include: { _count: { select: { resolutions: true } } },
  });
  if (!m) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
  const shown: Values = failed?.values ?? {
    number: m.number ? t.num(m.number) : '',
    date: m.gregorianDate ? formatJalali(m.gregorianDate, c.get('lang')) : '',
    chair: m.chair ?? '',
    secretary: m.secretary ?? '',
  };
  const history = await app.desk.meetings.changes(id);
  const secretary = c.get('session')?.role === 'secretary';
  const deleteForm =
    secretary && m._count.resolutions === 0
      ? h`<form class="card" method="post" action="/desk/meetings/${id}/delete">${csrfField(c)}<h2>${t.deskMeetings.delete}</h2><p class="hint">${t.deskMeetings.deleteHint}</p><button type="submit" class="danger">${t.deskMeetings.delete}</button></form>`
      : '';
  const body = h`${savedFlash(c)}
<p><a href="/desk?meeting=${m.number ?? ''}">${t.desk.register}</a> · <a href="/desk/meetings">${t.deskMeetings.title}</a></p>
${secretary ? h`<form class="card forms" method="post" action="/desk/meetings/${id}">${csrfField(c)}<h2>${t.deskMeetings.correct}</h2>${headerFields(c, shown)}${errorLine(failed?.error)}<div><button type="submit">${t.desk.save}</button></div></form>` : errorLine(failed?.error)}
${deleteForm}${secretary && m._count.resolutions > 0 ? undoImportForm(c, id) : ''}
<section class="card"><h2>${t.desk.history}</h2>
${history.length ? h`<ol class="history">${history.map((e) => h`<li>${changeLine(c, e)}</li>`)}</ol>` : h`<p>${t.desk.noHistory}</p>`}</section>`;
  return page(c, t.deskMeetings.meetingTitle(m.number ?? t.deskMeetings.noNumber), body, failed ? 400 : 200);
}

/** Asks before deleting: what is deleted, a confirming button, and the way back. */
async function deletePage(c: DeskContext, id: number) {
  const app = c.get('app');
  const t = c.get('t');
  const m = await app.store.prisma.meeting.findFirst({ where: { id, councilId: app.councilId } });
  if (!m) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
  const name = m.number ?? t.deskMeetings.noNumber;
  return page(
    c,
    t.deskMeetings.delete,
    h`<form class="card" method="post" action="/desk/meetings/${id}/delete">${csrfField(c)}<input type="hidden" name="confirm" value="1">
<p>${t.deskMeetings.deleteAsk(name)}</p>
<div class="row"><button type="submit" class="danger">${t.deskMeetings.deleteYes}</button><a class="button quiet" href="/desk/meetings/${id}">${t.deskMeetings.cancel}</a></div></form>`,
  );
}

export function meetingRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/meetings', (c) => listPage(c));
  routes.get('/meetings/:id{[0-9]+}', (c) => meetingPage(c, Number(c.req.param('id'))));

  routes.post('/meetings/next', async (c) => {
    const t = c.get('t');
    const v = await formValues(c);
    const form = judge(nextSchema(t), v);
    if (!form.ok) return listPage(c, { form: 'next', error: form.error, values: v });
    const app = c.get('app');
    const zone = app.config.COUNCIL_TIMEZONE;
    const at = zonedInstant(form.data.date, form.data.time, zone);
    // The same doubts as /meeting in chat, and the same answer: nothing changes until it is confirmed.
    const calendar = await app.deps.reminders.calendar();
    const doubt = meetingDoubt(form.data.date, at, app.clock.now(), calendar, zone);
    if (doubt && !form.data.confirmed) {
      // A day off is named, and marked when its year's days off are only estimated, as in chat.
      const day = { reasons: calendar.reasons(form.data.date), estimated: calendar.isEstimated(form.data.date) };
      const note = doubt === 'holiday' ? ` ${dayOffNote(day, c.get('lang'))}` : '';
      const error = t.deskMeetings.nextConfirm(t.remind.meetingDoubt[doubt] + note, when(c, at));
      return listPage(c, { form: 'next', error, values: v, doubt: true });
    }
    const changed = await app.store.setNextMeeting(at, { actor: deskActor(c.get('session')!), via: DESK_ADDRESS });
    return afterWrite(c, '/desk/meetings', changed);
  });

  routes.post('/meetings/new', async (c) => {
    const t = c.get('t');
    const v = await formValues(c);
    const form = judge(headerSchema(t), v);
    if (!form.ok) return listPage(c, { form: 'create', error: form.error, values: v });
    try {
      const id = await c.get('app').desk.meetings.create(form.data, deskActor(c.get('session')!), DESK_ADDRESS);
      return afterWrite(c, `/desk/meetings/${id}`, true);
    } catch (err) {
      if (!(err instanceof MeetingEditError)) throw err;
      return listPage(c, { form: 'create', error: editError(c, err), values: v });
    }
  });

  routes.post('/meetings/:id{[0-9]+}', async (c) => {
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const v = await formValues(c);
    const form = judge(headerSchema(t), v);
    if (!form.ok) return meetingPage(c, id, { error: form.error, values: v });
    const app = c.get('app');
    const found = await app.store.prisma.meeting.findFirst({ where: { id, councilId: app.councilId } });
    if (!found) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
    try {
      const changed = await app.desk.meetings.correct(id, form.data, deskActor(c.get('session')!), DESK_ADDRESS);
      return afterWrite(c, `/desk/meetings/${id}`, changed > 0);
    } catch (err) {
      if (!(err instanceof MeetingEditError)) throw err;
      return meetingPage(c, id, { error: editError(c, err), values: v });
    }
  });

  routes.post('/meetings/:id{[0-9]+}/delete', async (c) => {
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const v = await formValues(c);
    if (v.confirm !== '1') return deletePage(c, id);
    const app = c.get('app');
    const found = await app.store.prisma.meeting.findFirst({ where: { id, councilId: app.councilId } });
    if (!found) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
    try {
      await app.desk.meetings.delete(id, deskActor(c.get('session')!), DESK_ADDRESS);
    } catch (err) {
      if (!(err instanceof MeetingEditError)) throw err;
      return meetingPage(c, id, { error: editError(c, err), values: {} });
    }
    return c.redirect('/desk/meetings?deleted=1', 303);
  });
  return routes;
}
