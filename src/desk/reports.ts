// The reports page: the register's current filters (the same query string) in words, their /status totals,
// and the files /report sends in chat for exactly the resolutions they select: the workbook, the CSV, the
// progress chart and the follow-up report (.docx), built by the same code. The selection is read whole (no paging) in two statements whose
// filters stay a subquery, however many items the council has. Read-only, so plain GETs behind the session.
import { Hono } from 'hono';
import { safirConfigured } from '../config.js';
import { civilDate, formatJalali } from '../core/calendar.js';
import type { OwnerInfo } from '../core/ports.js';
import { registerSelection, registerTotals } from '../db/register.js';
import { ownerNamed, readOwners } from '../db/sql/owners.js';
import { buildCsv } from '../reports/csv.js';
import { fileDate, narrowToOwners, rowsWithActivity } from '../reports/data.js';
import { readLetterheadImage } from '../reports/letterhead.js';
import type { DeskContext, DeskEnv } from './context.js';
import { download } from './download.js';
import { filterUrl, type RawFilters, rawFilters, readFilters } from './filters.js';
import { h, type Safe } from './html.js';
import { messagePage, page } from './layout.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The URL's filters as the register reads them, with the owner they name and today. */
async function scopeOf(c: DeskContext) {
  const app = c.get('app');
  const t = c.get('t');
  // One parse of the query string, not one per filter.
  const params = c.req.query();
  const raw = rawFilters((k) => params[k]);
  const owners = await readOwners(app.store.sql, app.councilId);
  const { query, errors } = readFilters(raw, (name) => ownerNamed(owners, name), t, {
    safir: safirConfigured(c.get('app').config),
  });
  const owner = owners.find((o) => o.id === query.ownerId);
  const today = civilDate(app.clock.now(), app.config.COUNCIL_TIMEZONE);
  // Paging is the register's alone: a report covers every page.
  return { raw: { ...raw, page: '' }, query, errors, owner, today };
}
type Scope = Awaited<ReturnType<typeof scopeOf>>;

/** `/desk/reports/…?filters`: a file of this scope, or the page itself. */
export const reportUrl = (raw: RawFilters, file = '') =>
  filterUrl({ ...raw, page: '' }, {}, `/desk/reports${file ? `/${file}` : ''}`);

/**
 * The rows of the scope as /report builds them. With an owner, each item is narrowed to that owner's share,
 * as `/report <committee>` does and as the register's totals count it.
 */
async function load(c: DeskContext, s: Scope) {
  const app = c.get('app');
  const { resolutions, activity } = await registerSelection(app.store.sql, app.councilId, s.query, s.today);
  const list = narrowToOwners(resolutions, s.owner ? [s.owner.id] : undefined);
  const [extensions, evidence] = await Promise.all([
    app.store.extensionCounts(),
    app.evidence.texts(list.map((r) => r.id)),
  ]);
  return { list, rows: rowsWithActivity(list, activity, s.today, extensions, evidence) };
}

/** The filters in words, none when there are none. */
function filterLines(c: DeskContext, s: Scope, owner: OwnerInfo | undefined): string[] {
  const t = c.get('t');
  const r = t.deskReports;
  const lang = c.get('lang');
  const q = s.query;
  const lines: string[] = [];
  if (owner) lines.push(r.ownerScope(owner.name));
  if (q.status) lines.push(r.statusScope(t.status[q.status]));
  if (q.open) lines.push(t.deskHome.openOnly);
  if (q.overdue) lines.push(t.desk.overdueOnly);
  if (q.blocked) lines.push(t.desk.blockedOnly);
  if (q.unreached) lines.push(t.invite.unreachedOnly);
  if (q.unseen) lines.push(t.deskHome.unseenOnly);
  if (q.chair) lines.push(t.deskHome.chairOnly);
  if (q.meeting) lines.push(r.meetingScope(q.meeting));
  if (q.from) lines.push(r.fromScope(formatJalali(q.from, lang)));
  if (q.to) lines.push(r.toScope(formatJalali(q.to, lang)));
  if (q.dueBy) lines.push(t.deskHome.dueByScope(formatJalali(q.dueBy, lang)));
  if (q.text) lines.push(r.textScope(q.text));
  return lines;
}

function scopeLines(c: DeskContext, s: Scope, owner: OwnerInfo | undefined): string[] {
  const lines = filterLines(c, s, owner);
  return lines.length > 0 ? lines : [c.get('t').deskReports.everything];
}

/** The register's links to this page and its files, for its current filters. */
export function reportLinks(c: DeskContext, raw: RawFilters): Safe {
  const r = c.get('t').deskReports;
  // The four links share one query string: built once (as reportUrl builds it), not once a link.
  const query = reportUrl(raw).slice('/desk/reports'.length);
  const url = (file = '') => `/desk/reports${file ? `/${file}` : ''}${query}`;
  return h`<p class="report-links"><a class="button quiet" href="${url()}">${r.link}</a>
<a href="${url('report.xlsx')}" download>${r.workbook}</a>
<a href="${url('report.csv')}" download>${r.csv}</a>
<a href="${url('chart.png')}" download>${r.chart}</a></p>`;
}

async function reportsPage(c: DeskContext) {
  const app = c.get('app');
  const t = c.get('t');
  const r = t.deskReports;
  const s = await scopeOf(c);
  const back = h`<p><a href="${filterUrl(s.raw)}">${r.back}</a></p>`;
  const bad = Object.values(s.errors);
  if (bad.length > 0) {
    const body = h`${back}<div class="card">${bad.map((e) => h`<p class="error" role="alert">${e}</p>`)}</div>`;
    return page(c, r.title, body, 400);
  }
  const { total, done, open, overdue } = await registerTotals(app.store.sql, app.councilId, s.query, s.today);
  // The letterhead image is read as the report will read it: one removed or replaced since start-up is said here,
  // beside the download, since the download itself is only the file (made without it).
  const image = total > 0 && app.config.REPORT_LETTERHEAD_IMAGE;
  const read = image ? await readLetterheadImage(image) : null;
  const letterhead =
    read && 'problem' in read
      ? h`<p class="error" role="status">${r.letterheadLeftOut(t.letterheadFault[read.problem.fault])}</p>`
      : '';
  const files =
    total === 0
      ? h`<p>${r.nothing}</p>`
      : h`<p class="hint">${r.hint}</p>
<p class="row"><a class="button" href="${reportUrl(s.raw, 'report.xlsx')}" download>${r.workbook}</a>
<a class="button" href="${reportUrl(s.raw, 'report.csv')}" download>${r.csv}</a>
<a class="button" href="${reportUrl(s.raw, 'chart.png')}" download>${r.chart}</a>
<a class="button" href="${reportUrl(s.raw, 'followup.docx')}" download>${r.followup}</a></p>${letterhead}`;
  const body = h`${back}
<section class="card"><h2>${r.scope}</h2><ul>${scopeLines(c, s, s.owner).map((l) => h`<li>${l}</li>`)}</ul></section>
<p class="totals card" role="status">${t.statusTotals(total, done, open, overdue)}</p>
<section class="card"><h2>${r.downloads}</h2>${files}</section>
${total > 0 ? h`<figure class="card chart"><img src="${reportUrl(s.raw, 'chart.png')}" alt="${t.chartCaption}"><figcaption>${t.chartCaption}</figcaption></figure>` : ''}`;
  return page(c, r.title, body);
}

type Kind = 'xlsx' | 'csv' | 'png' | 'docx';

async function file(c: DeskContext, kind: Kind) {
  const app = c.get('app');
  const t = c.get('t');
  const lang = c.get('lang');
  const s = await scopeOf(c);
  const bad = Object.values(s.errors);
  if (bad.length > 0) return messagePage(c, t.deskReports.title, bad, 400);
  const { list, rows } = await load(c, s);
  const timeZone = app.config.COUNCIL_TIMEZONE;
  const stamp = fileDate(s.today);
  const name = (base: string, ascii: string, ext: string) => [`${base}-${stamp}.${ext}`, `${ascii}-${stamp}.${ext}`];
  if (kind === 'csv') {
    const [fa, en] = name(t.deskReports.fileWorkbook, 'peygir-report', 'csv');
    return download(c, buildCsv(rows, { lang, timeZone }), 'text/csv; charset=utf-8', fa!, en!);
  }
  // exceljs, satori and resvg weigh ~75 MB: loaded on the first report, as /report does, not at start-up.
  if (kind === 'xlsx') {
    const { buildWorkbook } = await import('../reports/workbook.js');
    const [fa, en] = name(t.deskReports.fileWorkbook, 'peygir-report', 'xlsx');
    return download(c, await buildWorkbook(rows, { lang, timeZone, today: s.today }), XLSX, fa!, en!);
  }
  if (kind === 'docx') {
    const { buildFollowupDocx, DOCX_MIME } = await import('../reports/followup.js');
    const council = await app.store.getCouncil();
    const { data } = await buildFollowupDocx(rows, {
      lang,
      timeZone,
      today: s.today,
      councilName: council.name,
      nextMeetingAt: council.nextMeetingAt,
      scope: filterLines(c, s, s.owner),
      letterhead: { text: app.config.REPORT_LETTERHEAD, image: app.config.REPORT_LETTERHEAD_IMAGE },
      // A letterhead image that can no longer be used is left out and logged; the reports page says so.
      log: app.logger,
    });
    const [fa, en] = name(t.deskReports.fileFollowup, 'peygir-followup', 'docx');
    return download(c, data, DOCX_MIME, fa!, en!);
  }
  const { renderStatusChart } = await import('../reports/chart.js');
  const [fa, en] = name(t.deskReports.fileChart, 'peygir-chart', 'png');
  return download(c, await renderStatusChart(list, s.today, lang), 'image/png', fa!, en!);
}

export function reportRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/reports', (c) => reportsPage(c));
  routes.get('/reports/report.xlsx', (c) => file(c, 'xlsx'));
  routes.get('/reports/report.csv', (c) => file(c, 'csv'));
  routes.get('/reports/chart.png', (c) => file(c, 'png'));
  routes.get('/reports/followup.docx', (c) => file(c, 'docx'));
  return routes;
}
