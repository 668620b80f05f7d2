// The desk's home page, where a secretary starts the day: each owner's open, overdue and blocked shares, those
// waiting for the chair, not seen yet and reaching nobody, and the council's, each number a link to the register filtered to exactly those rows; the next meeting and how
// many open items fall due before it; the latest changes from the audit trail. Read-only.

import { safirConfigured } from '../config.js';
import { civilDate, formatJalali } from '../core/calendar.js';
import { type OwnerCounts, ownerCounts } from '../db/home.js';
import { registerTotals } from '../db/register.js';
import { readNextMeetingAt } from '../db/sql/candidates.js';
import { readOwners } from '../db/sql/owners.js';
import { auditItem, auditRenderer, auditUrl } from './audit.js';
import type { DeskContext } from './context.js';
import { filterUrl, type RawFilters, rawFilters } from './filters.js';
import { h, type Safe } from './html.js';
import { page } from './layout.js';
import { when } from './resolution-page.js';

const NO_FILTERS: RawFilters = rawFilters(() => undefined);
/** The home page's columns, each with the register filter that selects its rows. */
const COLUMNS = [
  ['open', 'open'],
  ['overdue', 'overdue'],
  ['blocked', 'blocked'],
  ['chair', 'chair'],
  ['unseen', 'unseen'],
  ['unreached', 'unreached'],
] as const satisfies readonly (readonly [keyof Omit<OwnerCounts, 'ownerId' | 'name'>, keyof RawFilters])[];
const RECENT = 10;

export async function homeView(c: DeskContext) {
  const app = c.get('app');
  const t = c.get('t');
  const m = t.deskHome;
  const lang = c.get('lang');
  const zone = app.config.COUNCIL_TIMEZONE;
  const today = civilDate(app.clock.now(), zone);
  const sql = app.store.sql;
  // Where Safir is configured a phone number reaches its owner, as the register's «unreached» filter counts.
  const safir = safirConfigured(app.config);
  // Counts only, each one statement (kept on SQLite until the data changes): never a list of items.
  const total = (f: Parameters<typeof registerTotals>[2]) =>
    registerTotals(sql, app.councilId, f, today).then((x) => x.total);
  const [counts, open, overdue, blocked, chair, unseen, unreached, nextAt, recent, owners] = await Promise.all([
    ownerCounts(sql, app.councilId, today, safir),
    total({ open: true }),
    total({ overdue: true }),
    total({ blocked: true }),
    total({ chair: true }),
    total({ unseen: true }),
    total({ unreached: true, phonesReach: safir }),
    readNextMeetingAt(sql, app.councilId),
    app.desk.audit.entries({}, 0, RECENT),
    readOwners(sql, app.councilId),
  ]);
  // A number that links to the register showing exactly its rows; a zero is only a number.
  const cell = (n: number, column: string, label: string, filters: Partial<RawFilters>): Safe =>
    n === 0
      ? h`<td class="num" data-label="${column}">${t.num(0)}</td>`
      : h`<td class="num" data-label="${column}"><a href="${filterUrl(NO_FILTERS, filters)}" aria-label="${label}">${t.num(n)}</a></td>`;
  const row = (name: string, owner: string, o: Omit<OwnerCounts, 'ownerId' | 'name'>, th = false) =>
    h`<tr>${th ? h`<th scope="row">${name}</th>` : h`<th scope="row"><a href="${filterUrl(NO_FILTERS, { owner })}">${name}</a></th>`}
${COLUMNS.map(([key, filter]) => cell(o[key], m[key], m.countOf(m[key], o[key], name), { owner, [filter]: '1' }))}</tr>`;
  const committees = h`<section class="card" aria-labelledby="home-owners"><h2 id="home-owners">${m.committees}</h2>
<p class="hint">${m.columnsHint}</p>
<div class="table-wrap"><table class="home-counts">
<thead><tr><th scope="col">${m.owner}</th>${COLUMNS.map(([key]) => h`<th scope="col">${m[key]}</th>`)}</tr></thead>
<tbody>${counts.length === 0 ? h`<tr><td colspan="${String(COLUMNS.length + 1)}">${m.noOwners}</td></tr>` : counts.map((o) => row(o.name, o.name, o))}</tbody>
<tfoot>${row(m.council, '', { open, overdue, blocked, chair, unseen, unreached }, true)}</tfoot>
</table></div></section>`;
  let next: Safe;
  if (nextAt) {
    const day = civilDate(nextAt, zone);
    const due = await registerTotals(sql, app.councilId, { open: true, dueBy: day }, today);
    const link = filterUrl(NO_FILTERS, { open: '1', due: formatJalali(day, lang) });
    next = h`<p>${m.nextAt(when(c, nextAt))}</p>
<p>${due.total > 0 ? h`<a href="${link}">${m.dueBefore(due.total)}</a>` : m.dueBefore(0)}</p>`;
  } else {
    next = h`<p>${m.nextNone}</p><p><a href="/desk/meetings">${m.setNext}</a></p>`;
  }
  const item = auditItem(await auditRenderer(c, owners));
  const body = h`${committees}
<section class="card" aria-labelledby="home-next"><h2 id="home-next">${m.nextMeeting}</h2>${next}</section>
<section class="card" aria-labelledby="home-recent"><h2 id="home-recent">${m.recent}</h2>
${recent.length === 0 ? h`<p>${m.noRecent}</p>` : h`<ol class="history">${recent.map(item)}</ol>`}
<p><a href="${auditUrl({})}">${m.allChanges}</a></p></section>`;
  return page(c, m.title, body);
}
