// The register's saved filters: the register's filters kept under a name for the whole council. The register
// lists them as links and saves its own filters under a name; the filters page says what each selects and who
// made it, and deletes one after a page that asks. Making and deleting are in the audit trail (subject filter).
import { Hono } from 'hono';
import type { Messages } from '../core/i18n.js';
import { overLimit, SHORT_LIMIT } from '../core/limits.js';
import type { RecordChangeEntry } from '../db/record-changes.js';
import { FilterNameTaken, type SavedFilterRow } from '../db/saved-filters.js';
import { ownerNamed, readOwners } from '../db/sql/owners.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { filterUrl, type RawFilters, rawFilters, readFilters } from './filters.js';
import { formValues } from './form.js';
import { h, type Safe } from './html.js';
import { csrfField, messagePage, page } from './layout.js';
import { when } from './resolution-page.js';

/** The register's query string of these filters, without the page number: what a saved filter keeps. */
export function filterQuery(raw: RawFilters): string {
  return filterUrl(raw, { page: '' }, '').replace(/^\?/, '');
}

/** The register's filters a kept query string holds (keys the register does not know are left out). */
function rawOf(query: string): RawFilters {
  const params = new URLSearchParams(query);
  return rawFilters((k) => params.get(k) ?? undefined);
}

/** What a filter selects, in words: each filter with its label, the page's own words. */
export function describeFilters(t: Messages, raw: RawFilters): string {
  const parts: string[] = [];
  const check: [keyof RawFilters, string][] = [
    ['open', t.deskHome.openOnly],
    ['overdue', t.desk.overdueOnly],
    ['blocked', t.desk.blockedOnly],
    ['unreached', t.invite.unreachedOnly],
    ['unseen', t.deskHome.unseenOnly],
    ['chair', t.deskHome.chairOnly],
  ];
  if (raw.owner) parts.push(`${t.desk.owner}: ${raw.owner}`);
  if (raw.status && raw.status in t.status) parts.push(`${t.desk.statusLabel}: ${t.status[raw.status as 'open']}`);
  for (const [k, label] of check) if (raw[k] === '1') parts.push(label);
  if (raw.meeting) parts.push(`${t.desk.meetingLabel}: ${raw.meeting}`);
  if (raw.from) parts.push(`${t.desk.from}: ${raw.from}`);
  if (raw.to) parts.push(`${t.desk.to}: ${raw.to}`);
  if (raw.due) parts.push(`${t.deskHome.dueBy}: ${raw.due}`);
  if (raw.q) parts.push(`${t.desk.search}: «${raw.q}»`);
  if (raw.sort && raw.sort !== 'number')
    parts.push(`${t.desk.sort}: ${raw.sort === 'due' ? t.desk.sortDue : t.desk.sortMeeting}`);
  if (raw.desc === '1') parts.push(t.desk.descending);
  return parts.join(t.listSep);
}

/** On the register: the kept filters as links, and a form that keeps the register's own filters under a name. */
export async function savedFiltersSection(
  c: DeskContext,
  raw: RawFilters,
  canSave: boolean,
  refused?: { error: string; name: string },
): Promise<Safe> {
  const t = c.get('t');
  const f = t.deskFilters;
  const kept = await c.get('app').desk.filters.list();
  const query = filterQuery(raw);
  const links = kept.length
    ? h`<ul class="inline-list">${kept.map((k) => h`<li><a href="${k.query ? `/desk?${k.query}` : '/desk'}"${k.query === query ? h` aria-current="true"` : ''}>${k.name}</a></li>`)}</ul>`
    : h`<p class="hint">${f.none}</p>`;
  // Shown when there are filters to save, and always to say why a name was refused.
  const save =
    (canSave && query) || refused
      ? h`<form class="row" method="post" action="/desk/filters?${query}">${csrfField(c)}
<label>${f.saveAs}<input type="text" name="name" value="${refused?.name ?? ''}" required${refused ? h` aria-invalid="true" aria-describedby="err-filter-name"` : ''}></label>
<button type="submit" class="quiet">${f.save}</button>${refused ? h`<span class="error" id="err-filter-name" role="alert">${refused.error}</span>` : ''}</form>`
      : '';
  const flash = c.req.query('saved-filter');
  return h`<section class="card saved-filters" aria-labelledby="saved-filters"><h2 id="saved-filters">${f.title}</h2>
${flash ? h`<p class="flash" role="status">${f.saved(flash)}</p>` : ''}${links}${save}
<p><a href="/desk/filters">${f.manage}</a></p></section>`;
}

/** A saved filter's line in the audit trail. */
export function filterChangeLine(c: DeskContext, e: RecordChangeEntry): string {
  const t = c.get('t');
  const f = t.deskFilters;
  const value = JSON.parse(e.toValue ?? e.fromValue ?? '{}') as { name?: string; query?: string };
  const what = [value.name ?? '', describeFilters(t, rawOf(value.query ?? ''))].filter(Boolean).join(' — ');
  const who = e.actorName ?? e.actorId;
  return e.field === 'deleted'
    ? f.deletedLine(who, when(c, e.createdAt), what)
    : f.createdLine(who, when(c, e.createdAt), what);
}

/** A saved filter's name as the audit trail names its subject. */
export function filterSubject(t: Messages, e: RecordChangeEntry): string {
  const value = JSON.parse(e.toValue ?? e.fromValue ?? '{}') as { name?: string };
  return t.deskFilters.link(value.name ?? '');
}

function listPage(c: DeskContext, kept: SavedFilterRow[], flash?: string) {
  const t = c.get('t');
  const f = t.deskFilters;
  const rows = kept.map(
    (k) => h`<tr><th scope="row"><a href="${k.query ? `/desk?${k.query}` : '/desk'}">${k.name}</a></th>
<td>${describeFilters(t, rawOf(k.query))}</td><td>${f.madeBy(k.createdBy ?? '—', when(c, k.createdAt))}</td>
<td><a href="/desk/filters/${String(k.id)}/delete" aria-label="${f.deleteTitle(k.name)}">${f.delete}</a></td></tr>`,
  );
  const body = h`${flash ? h`<p class="flash card" role="status">${flash}</p>` : ''}<p class="hint">${f.hint}</p>
${
  kept.length === 0
    ? h`<p class="card">${f.none}</p>`
    : h`<div class="table-wrap"><table class="filters-list"><caption class="visually-hidden">${f.title}</caption>
<thead><tr><th scope="col">${f.name}</th><th scope="col">${f.selects}</th><th scope="col">${f.made}</th><th scope="col"><span class="visually-hidden">${f.delete}</span></th></tr></thead>
<tbody>${rows}</tbody></table></div>`
}
<p><a href="/desk">${t.desk.register}</a></p>`;
  return page(c, f.title, body);
}

export function savedFilterRoutes(
  registerView: (c: DeskContext, refused?: { error: string; name: string }) => Promise<Response>,
) {
  const routes = new Hono<DeskEnv>();
  routes.get('/filters', async (c) => {
    const deleted = c.req.query('deleted');
    return listPage(
      c,
      await c.get('app').desk.filters.list(),
      deleted ? c.get('t').deskFilters.deleted(deleted) : undefined,
    );
  });
  // The filters come in the form's address, so a refused name shows the same register again.
  routes.post('/filters', async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const f = t.deskFilters;
    const params = c.req.query();
    const raw = rawFilters((k) => params[k]);
    const name = (await formValues(c)).name ?? '';
    const refuse = (error: string) => registerView(c, { error, name });
    if (!name) return refuse(f.needName);
    const length = overLimit(name, SHORT_LIMIT);
    if (length !== null) return refuse(t.tooLong(SHORT_LIMIT, length));
    const query = filterQuery(raw);
    if (!query) return refuse(f.nothingToSave);
    const owners = await readOwners(app.store.sql, app.councilId);
    if (Object.keys(readFilters(raw, (n) => ownerNamed(owners, n), t).errors).length > 0) return refuse(f.badFilters);
    try {
      await app.desk.filters.create(name, query, deskActor(c.get('session')!), DESK_ADDRESS);
    } catch (e) {
      if (e instanceof FilterNameTaken) return refuse(f.nameTaken(name));
      throw e;
    }
    return c.redirect(`/desk?${query}&saved-filter=${encodeURIComponent(name)}`, 303);
  });
  routes.get('/filters/:id{[0-9]+}/delete', async (c) => {
    const t = c.get('t');
    const f = t.deskFilters;
    const kept = await c.get('app').desk.filters.find(Number(c.req.param('id')));
    if (!kept) return messagePage(c, f.title, [f.gone], 404);
    const body = h`<form class="card" method="post" action="/desk/filters/${String(kept.id)}/delete">${csrfField(c)}
<p>${f.deleteAsk(kept.name)}</p><p class="hint">${describeFilters(t, rawOf(kept.query))}</p>
<div class="row"><button type="submit" class="danger">${f.deleteConfirm}</button><a class="button quiet" href="/desk/filters">${f.cancel}</a></div></form>`;
    return page(c, f.deleteTitle(kept.name), body);
  });
  routes.post('/filters/:id{[0-9]+}/delete', async (c) => {
    const app = c.get('app');
    const f = c.get('t').deskFilters;
    const id = Number(c.req.param('id'));
    const kept = await app.desk.filters.find(id);
    if (!kept || !(await app.desk.filters.delete(id, deskActor(c.get('session')!), DESK_ADDRESS)))
      return messagePage(c, f.title, [f.gone], 404);
    return c.redirect(`/desk/filters?deleted=${encodeURIComponent(kept.name)}`, 303);
  });
  return routes;
}
