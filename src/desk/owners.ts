// The owners page: every owner with its other names, bound chats and reminder schedule; on an owner's own
// page the secretary renames it, adds another name, or merges it into another owner, the secretary and the
// chair change its reminder schedule (as /schedule does), and its history lists each change. A refusal comes
// back on the same form with what was typed.
import { Hono } from 'hono';
import { mergeSettings, parseOverrides } from '../core/schedule/settings.js';
import { OwnerEditError } from '../db/owner-edits.js';
import type { RecordChangeEntry } from '../db/record-changes.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { attr, h } from './html.js';
import { csrfField, messagePage, page } from './layout.js';
import {
  deskToday,
  readScheduleForm,
  type ScheduleErrors,
  scheduleChangeLine,
  scheduleForm,
  scheduleValues,
} from './owner-schedule.js';
import { when } from './resolution-page.js';

type FormName = 'rename' | 'alias' | 'merge' | 'schedule';
type Failed = { form: FormName; error: string; values: Record<string, string>; errors?: ScheduleErrors };

async function formValues(c: DeskContext): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(await c.req.parseBody()))
    if (typeof v === 'string' && k !== '_csrf') values[k] = v.trim().slice(0, 400);
  return values;
}

async function owners(c: DeskContext) {
  const app = c.get('app');
  return app.store.prisma.owner.findMany({
    where: { councilId: app.councilId },
    include: { aliases: true, bindings: { where: { active: true } }, schedule: true },
    orderBy: { name: 'asc' },
  });
}

/** The owner's effective settings: the council's defaults with what /schedule or the desk changed. */
function settingsOf(c: DeskContext, stored: string | undefined) {
  return mergeSettings(c.get('app').deps.reminders.defaults, parseOverrides(stored));
}

const ownSchedule = (stored: string | undefined) => Object.keys(parseOverrides(stored)).length > 0;

function scheduleText(c: DeskContext, stored: string | undefined): string {
  const t = c.get('t');
  return ownSchedule(stored) ? t.remind.settingsLine(settingsOf(c, stored)) : t.deskOwners.defaults;
}

async function listPage(c: DeskContext) {
  const t = c.get('t');
  const rows = await owners(c);
  const body = h`<div class="table-wrap card"><table><thead><tr><th scope="col">${t.deskOwners.name}</th><th scope="col">${t.deskOwners.aliases}</th><th scope="col">${t.deskOwners.chats}</th><th scope="col">${t.deskOwners.schedule}</th></tr></thead>
<tbody>${rows.map(
    (o) =>
      h`<tr><td><a href="/desk/owners/${o.id}">${o.name}</a></td><td>${o.aliases
        .map((a) => a.alias)
        .filter((a) => a !== o.name)
        .join(
          t.listSep,
        )}</td><td>${o.bindings.map((b) => b.title ?? b.address).join(t.listSep)}</td><td>${scheduleText(c, o.schedule?.settings)}</td></tr>`,
  )}</tbody></table></div>`;
  return page(c, t.deskOwners.title, body);
}

function changeLine(c: DeskContext, e: RecordChangeEntry): string {
  const t = c.get('t').deskOwners;
  const who = e.actorName ?? e.actorId;
  const at = when(c, e.createdAt);
  if (e.field === 'name') return t.renamed(at, who, e.fromValue ?? '', e.toValue ?? '');
  if (e.field === 'alias') return t.aliased(at, who, e.toValue ?? '');
  if (e.field === 'schedule') return scheduleChangeLine(c, e);
  const merged = JSON.parse(e.fromValue ?? '{}') as { name?: string; assignments?: number };
  return t.mergedLine(at, who, merged.name ?? '', merged.assignments ?? 0);
}

async function ownerPage(c: DeskContext, id: number, failed?: Failed) {
  const t = c.get('t');
  const all = await owners(c);
  const o = all.find((x) => x.id === id);
  if (!o) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
  const typed = (form: FormName, key: string) => (failed?.form === form ? (failed.values[key] ?? '') : '');
  const error = (form: FormName) =>
    failed?.form === form && failed.error ? h`<p class="error" role="alert">${failed.error}</p>` : '';
  const history = await c.get('app').desk.owners.changes(id);
  const settings = settingsOf(c, o.schedule?.settings);
  const scheduled =
    failed?.form === 'schedule'
      ? scheduleForm(c, id, failed.values, { errors: failed.errors ?? {} })
      : scheduleForm(c, id, scheduleValues(settings, t, c.get('lang')));
  const forms =
    c.get('session')?.role === 'secretary'
      ? h`<div class="forms card">
<form method="post" action="/desk/owners/${id}/rename">${csrfField(c)}<h2>${t.deskOwners.rename}</h2><label>${t.deskOwners.newName}<input type="text" name="name" value="${typed('rename', 'name') || o.name}" required></label>${error('rename')}<button type="submit">${t.desk.save}</button></form>
<form method="post" action="/desk/owners/${id}/alias">${csrfField(c)}<h2>${t.deskOwners.addAlias}</h2><label>${t.deskOwners.alias}<input type="text" name="alias" value="${typed('alias', 'alias')}" required></label>${error('alias')}<button type="submit">${t.desk.save}</button></form>
<form method="post" action="/desk/owners/${id}/merge">${csrfField(c)}<h2>${t.deskOwners.merge}</h2><p class="hint">${t.deskOwners.mergeHint}</p><label>${t.deskOwners.mergeInto}<select name="into">${all.filter((x) => x.id !== id).map((x) => h`<option value="${x.id}"${attr('selected', typed('merge', 'into') === String(x.id))}>${x.name}</option>`)}</select></label>${error('merge')}<button type="submit" class="danger">${t.deskOwners.merge}</button></form>
${scheduled}
</div>`
      : h`${error(failed?.form ?? 'rename')}<div class="forms card">${scheduled}</div>`;
  const saved = c.req.query('saved');
  const flash =
    saved === 'schedule' ? t.remind.scheduleSaved(o.name, t.remind.settingsLine(settings)) : saved ? t.desk.saved : '';
  const body = h`${flash ? h`<p class="flash" role="status">${flash}</p>` : ''}
<div class="card"><p><a href="/desk?owner=${encodeURIComponent(o.name)}">${t.desk.register}</a> · <a href="/desk/owners">${t.deskOwners.title}</a></p>
<p>${t.deskOwners.aliases}: ${o.aliases.map((a) => a.alias).join(t.listSep)}</p>
<p>${t.deskOwners.chats}: ${o.bindings.map((b) => b.title ?? b.address).join(t.listSep) || t.desk.none}</p>
<p>${t.deskOwners.schedule}: ${t.remind.settingsLine(settings)}${ownSchedule(o.schedule?.settings) ? '' : ` (${t.deskOwners.defaults})`}</p></div>
${forms}
<section class="card"><h2>${t.desk.history}</h2>
${history.length ? h`<ol class="history">${history.map((e) => h`<li>${changeLine(c, e)}</li>`)}</ol>` : h`<p>${t.desk.noHistory}</p>`}</section>`;
  return page(c, o.name, body, failed ? 400 : 200);
}

export function ownerRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/owners', (c) => listPage(c));
  routes.get('/owners/:id{[0-9]+}', (c) => ownerPage(c, Number(c.req.param('id'))));
  routes.post('/owners/:id{[0-9]+}/schedule', async (c) => {
    const app = c.get('app');
    const id = Number(c.req.param('id'));
    const values = await formValues(c);
    const o = await app.store.prisma.owner.findFirst({
      where: { id, councilId: app.councilId },
      include: { schedule: true },
    });
    if (!o) return messagePage(c, c.get('t').desk.notFound, [c.get('t').desk.notFound], 404);
    // The secretary and the chair, as /schedule in chat: the desk has no other roles.
    const read = readScheduleForm(values, settingsOf(c, o.schedule?.settings), deskToday(c), c.get('t'));
    if ('errors' in read) return ownerPage(c, id, { form: 'schedule', error: '', values, errors: read.errors });
    const actor = deskActor(c.get('session')!);
    await app.deps.reminders.update(id, read.change, { actor, via: DESK_ADDRESS });
    return c.redirect(`/desk/owners/${id}?saved=schedule#schedule`, 303);
  });
  routes.post('/owners/:id{[0-9]+}/:form{rename|alias|merge}', async (c) => {
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const form = c.req.param('form') as FormName;
    const values = await formValues(c);
    const fail = (error: string) => ownerPage(c, id, { form, error, values });
    const app = c.get('app');
    if (!(await app.store.prisma.owner.findFirst({ where: { id, councilId: app.councilId } })))
      return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
    const actor = deskActor(c.get('session')!);
    try {
      if (form === 'rename') {
        if (!values.name) return fail(t.deskOwners.nameRequired);
        await app.store.rebinding(() => app.desk.owners.rename(id, values.name!, actor, DESK_ADDRESS));
      } else if (form === 'alias') {
        if (!values.alias) return fail(t.deskOwners.nameRequired);
        await app.store.rebinding(() => app.desk.owners.addAlias(id, values.alias!, actor, DESK_ADDRESS));
      } else {
        await app.store.rebinding(() => app.desk.owners.merge(id, Number(values.into), actor, DESK_ADDRESS));
        return c.redirect(`/desk/owners/${Number(values.into)}?saved=1`, 303);
      }
    } catch (err) {
      if (!(err instanceof OwnerEditError)) throw err;
      if (err.reason === 'shared-items') return fail(t.deskOwners.sharedItems(err.detail));
      return fail(err.reason === 'same-owner' ? t.deskOwners.sameOwner : t.deskOwners.nameTaken(err.detail));
    }
    return c.redirect(`/desk/owners/${id}?saved=1`, 303);
  });
  return routes;
}
