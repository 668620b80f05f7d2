// The council's audit trail: one page of every change, newest first (who, when, what, from which chat or the
// desk), filtered by owner, item, person, source and Jalali dates, fifty a page; the same selection whole as
// CSV. Read-only: plain GETs behind the session, the filters in the URL like the register's.
import { Hono } from 'hono';
import { addDays, civilDate, formatJalaliDateTime, zonedInstant } from '../core/calendar.js';
import { overLimit, SHORT_LIMIT } from '../core/limits.js';
import { toLatinDigits } from '../core/text.js';
import type { AuditEntry, AuditFilter } from '../db/audit.js';
import { ownerNamed, readOwners } from '../db/sql/owners.js';
import { csvField } from '../reports/csv.js';
import { fileDate } from '../reports/data.js';
import type { DeskContext, DeskEnv } from './context.js';
import { dayOffChangeLine } from './days-off.js';
import { download } from './download.js';
import { deskDate } from './form.js';
import { attr, h, type Safe } from './html.js';
import { page } from './layout.js';
import { meetingRecordLine, nextLine } from './meetings.js';
import { ownerChangeLine } from './owners.js';
import { ownerSuggestions } from './register-page.js';
import { eventLine, logText, via } from './resolution-page.js';
import { filterChangeLine, filterSubject } from './saved-filters.js';

const PAGE_SIZE = 50;
const KEYS = ['owner', 'item', 'person', 'source', 'from', 'to', 'page'] as const;
type Raw = Record<(typeof KEYS)[number], string>;

export function auditUrl(raw: Partial<Raw>, base = '/desk/audit'): string {
  const params = new URLSearchParams();
  for (const k of KEYS) if (raw[k]) params.set(k, raw[k]);
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

/** The URL's filters read, each refusal said on its own field; a filter that cannot be read selects nothing. */
async function scopeOf(c: DeskContext) {
  const app = c.get('app');
  const t = c.get('t');
  const params = c.req.query();
  const raw = {} as Raw;
  for (const k of KEYS) raw[k] = (params[k] ?? '').trim();
  const owners = await readOwners(app.store.sql, app.councilId);
  const errors: Partial<Record<keyof Raw, string>> = {};
  const filter: AuditFilter = {};
  for (const k of KEYS) {
    const length = overLimit(raw[k], SHORT_LIMIT);
    if (length !== null) errors[k] = t.tooLong(SHORT_LIMIT, length);
  }
  if (raw.owner && !errors.owner) {
    const owner = ownerNamed(owners, raw.owner);
    if (owner) filter.ownerId = owner.id;
    else errors.owner = t.desk.unknownOwner(raw.owner);
  }
  if (raw.item && !errors.item) {
    const n = toLatinDigits(raw.item);
    if (/^\d{1,9}$/.test(n)) filter.item = Number(n);
    else errors.item = t.deskAudit.badItem(raw.item);
  }
  if (raw.person && !errors.person) filter.person = raw.person;
  if (raw.source === 'desk' || raw.source === 'chat') filter.source = raw.source;
  const zone = app.config.COUNCIL_TIMEZONE;
  for (const k of ['from', 'to'] as const) {
    if (!raw[k] || errors[k]) continue;
    const read = deskDate(t, raw[k]);
    if ('error' in read) errors[k] = read.error;
    // Whole days in the council's time zone: «to» takes in its own day.
    else filter[k] = zonedInstant(k === 'from' ? read.date : addDays(read.date, 1), '00:00', zone);
  }
  const pageNo = Math.max(1, Number.parseInt(toLatinDigits(raw.page), 10) || 1);
  return { raw, filter, errors, owners, pageNo };
}

/** What an entry is about, and its page on the desk where there is one. */
function subjectOf(
  c: DeskContext,
  e: AuditEntry,
  ownerName: (id: number) => string,
): { text: string; href: string | null } {
  const a = c.get('t').deskAudit;
  if (e.kind === 'status') return { text: a.itemLink(e.event.publicNumber), href: `/desk/r/${e.event.publicNumber}` };
  if (e.kind === 'item') return { text: a.itemLink(e.publicNumber), href: `/desk/r/${e.publicNumber}` };
  if (e.subject === 'owner') return { text: a.ownerLink(ownerName(e.subjectId)), href: `/desk/owners/${e.subjectId}` };
  if (e.subject === 'meeting')
    return {
      text: a.meetingLink,
      href: ['deleted', 'import-undone'].includes(e.change.field) ? null : `/desk/meetings/${e.subjectId}`,
    };
  if (e.subject === 'calendar') return { text: a.calendarLink(e.subjectId), href: '/desk/days-off' };
  if (e.subject === 'filter') return { text: filterSubject(c.get('t'), e.change), href: '/desk/filters' };
  return { text: a.councilLink, href: '/desk/meetings' };
}

/** Each entry as the page it belongs to says it, ending with where it came from; and what it is about. */
export async function auditRenderer(c: DeskContext, owners: { id: number; name: string }[]) {
  const t = c.get('t');
  const names = new Map(owners.map((o) => [o.id, o.name]));
  const ownerName = (id: number) => names.get(id) ?? String(id);
  // The calendar's lines name a day as the calendar marks it (estimated or official).
  const calendar = await c.get('app').desk.daysOff.current();
  const subject = (e: AuditEntry) => subjectOf(c, e, ownerName);
  const line = (e: AuditEntry): string => {
    if (e.kind === 'status') return eventLine(c, e.event);
    if (e.kind === 'item') return logText(c, e.entry, ownerName);
    const where = ` (${via(t, e.change.chatAddress)})`;
    if (e.subject === 'owner') return ownerChangeLine(c, e.change) + where;
    if (e.subject === 'meeting') return meetingRecordLine(c, e.change) + where;
    if (e.subject === 'calendar') return dayOffChangeLine(c, calendar, e.change, e.subjectId) + where;
    if (e.subject === 'filter') return filterChangeLine(c, e.change) + where;
    return nextLine(c, e.change);
  };
  return { line, subject };
}

/** One entry of a list of changes: what it is about (linked to its page) and what changed. */
export function auditItem({ line, subject }: Awaited<ReturnType<typeof auditRenderer>>) {
  return (e: AuditEntry) => {
    const about = subject(e);
    return h`<li>${about.href ? h`<a href="${about.href}">${about.text}</a>` : about.text}: ${line(e)}</li>`;
  };
}

const who = (e: AuditEntry) => {
  const x = e.kind === 'status' ? e.event : e.kind === 'item' ? e.entry : e.change;
  return { name: x.actorName ?? x.actorId, address: x.chatAddress };
};

function filterForm(c: DeskContext, raw: Raw, errors: Partial<Record<keyof Raw, string>>): Safe {
  const t = c.get('t');
  const a = t.deskAudit;
  const err = (k: keyof Raw) => (errors[k] ? h`<span class="error" id="err-${k}">${errors[k]}</span>` : '');
  const described = (k: keyof Raw) => (errors[k] ? h` aria-invalid="true" aria-describedby="err-${k}"` : '');
  return h`<form class="filters card" method="get" action="/desk/audit" aria-label="${t.desk.filters}">
<label>${a.owner}<input type="text" name="owner" list="owners" value="${raw.owner}"${described('owner')}>${err('owner')}</label>
<label>${a.item}<input type="text" name="item" inputmode="numeric" value="${raw.item}" size="6"${described('item')}>${err('item')}</label>
<label>${a.person}<input type="text" name="person" value="${raw.person}"${described('person')}>${err('person')}</label>
<label>${a.source}<select name="source"><option value="">${a.anySource}</option><option value="desk"${attr('selected', raw.source === 'desk')}>${a.desk}</option><option value="chat"${attr('selected', raw.source === 'chat')}>${a.chat}</option></select></label>
<label>${a.from}<input type="text" name="from" value="${raw.from}" placeholder="${t.desk.datePlaceholder}" data-jdp size="10"${described('from')}>${err('from')}</label>
<label>${a.to}<input type="text" name="to" value="${raw.to}" placeholder="${t.desk.datePlaceholder}" data-jdp size="10"${described('to')}>${err('to')}</label>
<button type="submit">${a.apply}</button>
<a class="button quiet" href="/desk/audit">${a.clear}</a>
</form>`;
}

async function auditPage(c: DeskContext) {
  const app = c.get('app');
  const t = c.get('t');
  const a = t.deskAudit;
  const s = await scopeOf(c);
  const bad = Object.keys(s.errors).length > 0;
  const total = bad ? 0 : await app.desk.audit.count(s.filter);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageNo = Math.min(s.pageNo, pages);
  const entries = bad ? [] : await app.desk.audit.entries(s.filter, (pageNo - 1) * PAGE_SIZE, PAGE_SIZE);
  const item = auditItem(await auditRenderer(c, s.owners));
  const body = h`<p class="hint">${a.hint}</p>
${filterForm(c, s.raw, s.errors)}${ownerSuggestions('owners', s.owners)}
<p class="totals card" role="status">${a.count(total)}${total > 0 ? h` · <a href="${auditUrl({ ...s.raw, page: '' }, '/desk/audit.csv')}" download>${a.csv}</a>` : ''}</p>
<section class="card" aria-label="${a.title}">${entries.length === 0 ? h`<p>${a.none}</p>` : h`<ol class="history audit">${entries.map(item)}</ol>`}</section>
<nav class="pager" aria-label="${t.desk.page(pageNo, pages)}">
${pageNo > 1 ? h`<a href="${auditUrl({ ...s.raw, page: String(pageNo - 1) })}" rel="prev">${t.desk.prev}</a>` : ''}
<span>${t.desk.page(pageNo, pages)}</span>
${pageNo < pages ? h`<a href="${auditUrl({ ...s.raw, page: String(pageNo + 1) })}" rel="next">${t.desk.next}</a>` : ''}
</nav>`;
  return page(c, a.title, body, bad ? 400 : 200);
}

async function auditCsv(c: DeskContext) {
  const app = c.get('app');
  const t = c.get('t');
  const a = t.deskAudit;
  const s = await scopeOf(c);
  if (Object.keys(s.errors).length > 0) return auditPage(c);
  const entries = await app.desk.audit.entries(s.filter);
  const { line, subject } = await auditRenderer(c, s.owners);
  const zone = app.config.COUNCIL_TIMEZONE;
  const cols = a.columns;
  const rows = [
    [cols.when, 'UTC', cols.who, cols.source, cols.subject, cols.what],
    ...entries.map((e) => {
      const by = who(e);
      return [
        formatJalaliDateTime(e.at, zone, c.get('lang')),
        e.at.toISOString(),
        by.name,
        via(t, by.address),
        subject(e).text,
        line(e),
      ];
    }),
  ];
  const text = `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
  const stamp = fileDate(civilDate(app.clock.now(), zone));
  return download(
    c,
    Buffer.from(text, 'utf8'),
    'text/csv; charset=utf-8',
    `${a.title}-${stamp}.csv`,
    `peygir-audit-${stamp}.csv`,
  );
}

export function auditRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/audit', (c) => auditPage(c));
  routes.get('/audit.csv', (c) => auditCsv(c));
  return routes;
}
