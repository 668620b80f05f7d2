// The register: every resolution across meetings, a row each, under the URL's filters, with the /status
// totals of what the filters select. A plain GET form, so it works with JavaScript off.

import { safirConfigured } from '../config.js';
import { civilDate, formatJalali } from '../core/calendar.js';
import { daysLate } from '../core/format.js';
import type { Messages } from '../core/i18n.js';
import type { OwnerInfo, ResolutionView } from '../core/ports.js';
import { resolutionProgress } from '../core/status.js';
import { STATUSES } from '../core/types.js';
import { type RegisterRow, registerPage } from '../db/register.js';
import { ownerNamed, readOwners } from '../db/sql/owners.js';
import { keptRead } from '../db/sql/read-cache.js';
import { bulkForm } from './bulk.js';
import type { DeskContext } from './context.js';
import { filterUrl, type RawFilters, rawFilters, readFilters } from './filters.js';
import { attr, escapeHtml, h, Safe } from './html.js';
import { page } from './layout.js';
import { reportLinks } from './reports.js';
import { savedFiltersSection } from './saved-filters.js';

/** Badges by language and status: a register page shows a hundred or more, all alike. */
const badges = new WeakMap<Messages, Map<string, Safe>>();

export function statusBadge(t: Messages, status: keyof Messages['status']): Safe {
  let known = badges.get(t);
  if (!known) {
    known = new Map();
    badges.set(t, known);
  }
  let badge = known.get(status);
  if (!badge) {
    badge = h`<span class="status ${status}">${t.status[status]}</span>`;
    known.set(status, badge);
  }
  return badge;
}

export function deadlineText(
  t: Messages,
  lang: 'fa' | 'en',
  r: Pick<ResolutionView, 'dueAtNextMeeting' | 'dueDate'>,
): string {
  if (r.dueAtNextMeeting) return t.desk.deadlineNext;
  return r.dueDate ? formatJalali(r.dueDate, lang) : '—';
}

/** Owner names and aliases for the <datalist> every owner field suggests from. */
export function ownerSuggestions(id: string, owners: OwnerInfo[]): Safe {
  const names = new Set<string>();
  for (const o of owners) {
    names.add(o.name);
    for (const alias of o.aliases) names.add(alias);
  }
  // A hundred owners make a few hundred options: one string, each name escaped, not a template apiece.
  let options = '';
  for (const name of names) options += `<option value="${escapeHtml(name)}"></option>`;
  return h`<datalist id="${id}">${new Safe(options)}</datalist>`;
}

/**
 * One row, the page's hottest markup (fifty a page, each with its owners): built as one string rather than a
 * template per cell and owner. Every value from the data or the messages goes through escapeHtml, as h would;
 * what is not escaped is a number or markup built here.
 */
function row(t: Messages, lang: 'fa' | 'en', r: RegisterRow, today: string, labels: RowLabels): string {
  const status = resolutionProgress(r.assignments.map((a) => a.status)).status;
  const late = daysLate(r, today, status);
  let owners = r.assignments.length === 0 ? escapeHtml(t.noOwner) : '';
  for (const a of r.assignments) {
    owners += `<span class="owner">${escapeHtml(a.ownerName)} ${statusBadge(t, a.status).value}</span>`;
  }
  // The meeting's date beside its number: a register read across meetings is read by when they met.
  const met = r.meetingDate ? ` <span class="met">${escapeHtml(formatJalali(r.meetingDate, lang))}</span>` : '';
  return `<tr>
<td class="pick"><input type="checkbox" name="n" value="${r.publicNumber}" form="bulk" aria-label="${escapeHtml(t.deskBulk.pick(r.publicNumber))}"></td>
<td class="num" data-label="${labels.number}"><a href="/desk/r/${r.publicNumber}">${escapeHtml(t.num(r.publicNumber))}</a></td>
<td class="num optional" data-label="${labels.meetingRow}">${escapeHtml(t.num(r.meetingNumber ?? '—'))} / ${escapeHtml(t.num(r.row))}${met}</td>
<td class="text" data-label="${labels.text}">${escapeHtml(r.text)}</td>
<td data-label="${labels.owners}">${owners}</td>
<td class="num" data-label="${labels.deadline}">${escapeHtml(deadlineText(t, lang, r))}</td>
<td data-label="${labels.status}">${statusBadge(t, status).value}</td>
<td class="num optional${late > 0 ? '' : ' empty'}" data-label="${labels.late}">${late > 0 ? `<span class="late">${escapeHtml(t.num(late))}</span>` : ''}</td>
</tr>`;
}

/** The column names, escaped once a page: on a phone each cell shows its own (the table becomes cards). */
type RowLabels = Record<keyof Messages['desk']['columns'], string>;
const rowLabels = (t: Messages): RowLabels =>
  Object.fromEntries(Object.entries(t.desk.columns).map(([k, v]) => [k, escapeHtml(v)])) as RowLabels;

/** Page links: the first, the last, and the two either side of this one, with a gap marked where pages are left out. */
export function pageNumbers(current: number, last: number): (number | null)[] {
  const shown = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const out: (number | null)[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n > previous + 1) out.push(null);
    out.push(n);
    previous = n;
  }
  return out;
}

function filterForm(t: Messages, raw: RawFilters, errors: Partial<Record<keyof RawFilters, string>>): Safe {
  const err = (k: keyof RawFilters) => (errors[k] ? h`<span class="error" id="err-${k}">${errors[k]}</span>` : '');
  const described = (k: keyof RawFilters) => (errors[k] ? h` aria-invalid="true" aria-describedby="err-${k}"` : '');
  return h`<form class="filters card" method="get" action="/desk" aria-label="${t.desk.filters}">
<label>${t.desk.owner}<input type="text" name="owner" list="owners" value="${raw.owner}"${described('owner')}>${err('owner')}</label>
<label>${t.desk.statusLabel}<select name="status"><option value="">${t.desk.anyStatus}</option>${STATUSES.map((s) => h`<option value="${s}"${attr('selected', raw.status === s)}>${t.status[s]}</option>`)}</select></label>
<label class="check"><input type="checkbox" name="open" value="1"${attr('checked', raw.open === '1')}>${t.deskHome.openOnly}</label>
<label class="check"><input type="checkbox" name="overdue" value="1"${attr('checked', raw.overdue === '1')}>${t.desk.overdueOnly}</label>
<label class="check"><input type="checkbox" name="blocked" value="1"${attr('checked', raw.blocked === '1')}>${t.desk.blockedOnly}</label>
<label class="check"><input type="checkbox" name="unreached" value="1"${attr('checked', raw.unreached === '1')}>${t.invite.unreachedOnly}</label>
<label class="check"><input type="checkbox" name="unseen" value="1"${attr('checked', raw.unseen === '1')}>${t.deskHome.unseenOnly}</label>
<label class="check"><input type="checkbox" name="chair" value="1"${attr('checked', raw.chair === '1')}>${t.deskHome.chairOnly}</label>
<label>${t.desk.meetingLabel}<input type="text" name="meeting" value="${raw.meeting}" size="6"${described('meeting')}>${err('meeting')}</label>
<label>${t.desk.from}<input type="text" name="from" value="${raw.from}" placeholder="${t.desk.datePlaceholder}" data-jdp size="10"${described('from')}>${err('from')}</label>
<label>${t.desk.to}<input type="text" name="to" value="${raw.to}" placeholder="${t.desk.datePlaceholder}" data-jdp size="10"${described('to')}>${err('to')}</label>
<label>${t.deskHome.dueBy}<input type="text" name="due" value="${raw.due}" placeholder="${t.desk.datePlaceholder}" data-jdp size="10"${described('due')}>${err('due')}</label>
<label>${t.desk.search}<input type="search" name="q" value="${raw.q}"${described('q')}>${err('q')}</label>
<label>${t.desk.sort}<select name="sort">${(['number', 'due', 'meeting'] as const).map((s) => h`<option value="${s}"${attr('selected', raw.sort === s)}>${t.desk[s === 'number' ? 'sortNumber' : s === 'due' ? 'sortDue' : 'sortMeeting']}</option>`)}</select></label>
<label class="check"><input type="checkbox" name="desc" value="1"${attr('checked', raw.desc === '1')}>${t.desk.descending}</label>
<button type="submit">${t.desk.apply}</button>
<a class="button quiet" href="/desk">${t.desk.clear}</a>
</form>`;
}

/** The register; `refused` is a filter name the save form refused, shown on that form with its message. */
export async function registerView(c: DeskContext, refused?: { error: string; name: string }) {
  const app = c.get('app');
  const t = c.get('t');
  const lang = c.get('lang');
  // One parse of the query string, not one per filter (Hono parses it again for each key asked).
  const params = c.req.query();
  const raw = rawFilters((k) => params[k]);
  // One read gives both the names to suggest and the owner the filter names; kept, like the totals, until the
  // data changes (read only, never changed here).
  const owners = await keptRead(app.store.sql, `owners ${app.councilId}`, () =>
    readOwners(app.store.sql, app.councilId),
  );
  const { query, errors } = readFilters(raw, (name) => ownerNamed(owners, name), t, {
    safir: safirConfigured(c.get('app').config),
  });
  const today = civilDate(app.clock.now(), app.config.COUNCIL_TIMEZONE);
  const bad = Object.keys(errors).length > 0;
  // A filter that cannot be read selects nothing rather than silently everything.
  const result = bad
    ? { rows: [], totals: { total: 0, done: 0, open: 0, overdue: 0 }, pages: 1 }
    : await registerPage(app.store.sql, app.councilId, query, today);
  const pageNo = Math.min(query.page, result.pages);
  const { total, done, open, overdue } = result.totals;
  const headers = t.desk.columns;
  const labels = rowLabels(t);
  const saved = await savedFiltersSection(c, raw, !bad, refused);
  const body = h`${filterForm(t, raw, errors)}${ownerSuggestions('owners', owners)}
${saved}
<p class="totals card" role="status">${t.statusTotals(total, done, open, overdue)}</p>
${bad ? '' : reportLinks(c, raw)}
<div class="table-wrap"><table class="register">
<caption class="visually-hidden">${t.desk.register}</caption>
<thead><tr><th scope="col"><span class="visually-hidden">${t.deskBulk.pickColumn}</span></th><th scope="col">${headers.number}</th><th scope="col" class="optional">${headers.meetingRow}</th><th scope="col">${headers.text}</th><th scope="col">${headers.owners}</th><th scope="col">${headers.deadline}</th><th scope="col">${headers.status}</th><th scope="col" class="optional">${headers.late}</th></tr></thead>
<tbody>${result.rows.length === 0 ? h`<tr><td colspan="8">${t.desk.noRows}</td></tr>` : new Safe(result.rows.map((r) => row(t, lang, r, today, labels)).join(''))}</tbody>
</table></div>
<nav class="pager" aria-label="${t.desk.page(pageNo, result.pages)}">
${pageNo > 1 ? h`<a href="${filterUrl(raw, { page: String(pageNo - 1) })}" rel="prev">${t.desk.prev}</a>` : ''}
${pageNumbers(pageNo, result.pages).map((n) =>
  n === null
    ? h`<span aria-hidden="true">…</span>`
    : n === pageNo
      ? h`<span aria-current="page">${t.num(n)}</span>`
      : h`<a href="${filterUrl(raw, { page: String(n) })}">${t.num(n)}</a>`,
)}
${pageNo < result.pages ? h`<a href="${filterUrl(raw, { page: String(pageNo + 1) })}" rel="next">${t.desk.next}</a>` : ''}
</nav>
${result.rows.length > 0 ? bulkForm(c, filterUrl(raw)) : ''}`;
  return page(c, t.desk.register, body, bad || refused ? 400 : 200);
}
