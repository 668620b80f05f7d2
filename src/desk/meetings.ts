// The meetings page: every meeting with its header, a form to add one, each meeting's correction form with
// its history, and the next meeting's date and time (the same store call as /meeting). Adding and correcting
// are the secretary's; the next meeting is also the chair's, as in chat.
import { Hono } from 'hono';
import { formatJalali, parseUserDate, zonedInstant } from '../core/calendar.js';
import { parseTime } from '../core/schedule/settings.js';
import { toLatinDigits } from '../core/text.js';
import type { MeetingFields, RecordChangeEntry } from '../db/record-changes.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { h, type Safe } from './html.js';
import { csrfField, messagePage, page } from './layout.js';
import { when } from './resolution-page.js';

type Values = Record<string, string>;
const HEADER = ['number', 'date', 'chair', 'secretary'] as const;

async function values(c: DeskContext): Promise<Values> {
  const out: Values = {};
  for (const [k, v] of Object.entries(await c.req.parseBody()))
    if (typeof v === 'string' && k !== '_csrf') out[k] = v.trim().slice(0, 400);
  return out;
}

const errorLine = (e?: string) => (e ? h`<p class="error" role="alert">${e}</p>` : '');

function headerFields(c: DeskContext, v: Values): Safe {
  const t = c.get('t');
  return h`${HEADER.map((f) => h`<label>${t.deskImport[f]}<input type="text" name="${f}" value="${v[f] ?? ''}"${f === 'date' ? h` placeholder="${t.desk.datePlaceholder}"` : ''}></label>`)}`;
}

/** The typed header as stored fields, or why it cannot be. */
function fieldsOf(c: DeskContext, v: Values): MeetingFields | string {
  const date = v.date ? parseUserDate(v.date) : null;
  if (v.date && !date) return c.get('t').desk.badDate(v.date);
  return {
    number: v.number ? toLatinDigits(v.number) : null,
    gregorianDate: date,
    chair: v.chair || null,
    secretary: v.secretary || null,
  };
}

type Failed = { form: 'next' | 'create'; error: string; values: Values };

async function listPage(c: DeskContext, failed?: Failed) {
  const app = c.get('app');
  const t = c.get('t');
  const lang = c.get('lang');
  const secretary = c.get('session')?.role === 'secretary';
  const [meetings, council] = await Promise.all([
    app.store.prisma.meeting.findMany({
      where: { councilId: app.councilId },
      orderBy: { id: 'desc' },
      take: 500,
      include: { _count: { select: { resolutions: true } } },
    }),
    app.store.getCouncil(),
  ]);
  const typed = (form: Failed['form']) => (failed?.form === form ? failed.values : {});
  const error = (form: Failed['form']) => errorLine(failed?.form === form ? failed.error : undefined);
  const next = typed('next');
  const body = h`${c.req.query('saved') ? h`<p class="flash" role="status">${t.desk.saved}</p>` : ''}
<div class="forms card">
<form method="post" action="/desk/meetings/next">${csrfField(c)}<h2>${t.deskMeetings.next}</h2>
<p>${council.nextMeetingAt ? t.deskMeetings.nextIs(when(c, council.nextMeetingAt)) : t.deskMeetings.nextNone}</p>
<label>${t.deskImport.date}<input type="text" name="date" placeholder="${t.desk.datePlaceholder}" value="${next.date ?? ''}" required></label>
<label>${t.deskMeetings.time}<input type="text" name="time" value="${next.time ?? ''}"></label>
${error('next')}<button type="submit">${t.deskMeetings.setNext}</button></form>
${secretary ? h`<form method="post" action="/desk/meetings/new">${csrfField(c)}<h2>${t.deskMeetings.create}</h2>${headerFields(c, typed('create'))}${error('create')}<button type="submit">${t.deskMeetings.create}</button></form>` : error('create')}
</div>
<div class="table-wrap card"><table><thead><tr>${HEADER.map((f) => h`<th scope="col">${t.deskImport[f]}</th>`)}<th scope="col">${t.deskMeetings.resolutions}</th></tr></thead>
<tbody>${meetings.map((m) => h`<tr><td><a href="/desk/meetings/${m.id}">${m.number ? t.num(m.number) : t.deskMeetings.noNumber}</a></td><td>${m.gregorianDate ? formatJalali(m.gregorianDate, lang) : ''}</td><td>${m.chair ?? ''}</td><td>${m.secretary ?? ''}</td><td>${t.num(m._count.resolutions)}</td></tr>`)}</tbody></table></div>`;
  return page(c, t.deskMeetings.title, body, failed ? 400 : 200);
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
  const m = await app.store.prisma.meeting.findFirst({ where: { id, councilId: app.councilId } });
  if (!m) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
  const shown: Values = failed?.values ?? {
    number: m.number ? t.num(m.number) : '',
    date: m.gregorianDate ? formatJalali(m.gregorianDate, c.get('lang')) : '',
    chair: m.chair ?? '',
    secretary: m.secretary ?? '',
  };
  const history = await app.desk.meetings.changes(id);
  const body = h`${c.req.query('saved') ? h`<p class="flash" role="status">${t.desk.saved}</p>` : ''}
<p><a href="/desk?meeting=${m.number ?? ''}">${t.desk.register}</a> · <a href="/desk/meetings">${t.deskMeetings.title}</a></p>
${c.get('session')?.role === 'secretary' ? h`<form class="card forms" method="post" action="/desk/meetings/${id}">${csrfField(c)}<h2>${t.deskMeetings.correct}</h2>${headerFields(c, shown)}${errorLine(failed?.error)}<div><button type="submit">${t.desk.save}</button></div></form>` : errorLine(failed?.error)}
<section class="card"><h2>${t.desk.history}</h2>
${history.length ? h`<ol class="history">${history.map((e) => h`<li>${changeLine(c, e)}</li>`)}</ol>` : h`<p>${t.desk.noHistory}</p>`}</section>`;
  return page(c, t.deskMeetings.meetingTitle(m.number ?? t.deskMeetings.noNumber), body, failed ? 400 : 200);
}

export function meetingRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  const secretary = (c: DeskContext) => c.get('session')?.role === 'secretary';
  routes.get('/meetings', (c) => listPage(c));
  routes.get('/meetings/:id{[0-9]+}', (c) => meetingPage(c, Number(c.req.param('id'))));

  routes.post('/meetings/next', async (c) => {
    const t = c.get('t');
    const v = await values(c);
    const date = v.date ? parseUserDate(v.date) : null;
    const time = v.time ? parseTime(v.time) : '08:00';
    if (!date) return listPage(c, { form: 'next', error: t.desk.badDate(v.date ?? ''), values: v });
    if (!time) return listPage(c, { form: 'next', error: t.deskMeetings.badTime(v.time!), values: v });
    const app = c.get('app');
    await app.store.setNextMeeting(zonedInstant(date, time, app.config.COUNCIL_TIMEZONE));
    return c.redirect('/desk/meetings?saved=1', 303);
  });

  routes.post('/meetings/new', async (c) => {
    const t = c.get('t');
    const v = await values(c);
    if (!secretary(c)) return listPage(c, { form: 'create', error: t.desk.secretaryOnly, values: v });
    const fields = fieldsOf(c, v);
    if (typeof fields === 'string') return listPage(c, { form: 'create', error: fields, values: v });
    const id = await c.get('app').desk.meetings.create(fields, deskActor(c.get('session')!), DESK_ADDRESS);
    return c.redirect(`/desk/meetings/${id}?saved=1`, 303);
  });

  routes.post('/meetings/:id{[0-9]+}', async (c) => {
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const v = await values(c);
    if (!secretary(c)) return meetingPage(c, id, { error: t.desk.secretaryOnly, values: v });
    const fields = fieldsOf(c, v);
    if (typeof fields === 'string') return meetingPage(c, id, { error: fields, values: v });
    const app = c.get('app');
    const found = await app.store.prisma.meeting.findFirst({ where: { id, councilId: app.councilId } });
    if (!found) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
    await app.desk.meetings.correct(id, fields, deskActor(c.get('session')!), DESK_ADDRESS);
    return c.redirect(`/desk/meetings/${id}?saved=1`, 303);
  });
  return routes;
}
