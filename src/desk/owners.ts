// The owners page: every owner with its other names, bound chats and reminder schedule; on an owner's own
// page the secretary renames it, adds another name, or merges it into another owner (after a page saying what
// moves) and may undo a merge from its history; the secretary and the chair change its reminder schedule (as
// /schedule does), and its history lists each change. A refusal comes back on the same form with what was
// typed.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { safirConfigured } from '../config.js';
import type { Messages } from '../core/i18n.js';
import { mergeSettings, parseOverrides } from '../core/schedule/settings.js';
import { OwnerEditError } from '../db/owner-edits.js';
import { SAFIR } from '../db/owner-phones.js';
import type { RecordChangeEntry } from '../db/record-changes.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { afterWrite, fields, formValues, judge, savedFlash, type Values } from './form.js';
import { attr, h, type Safe } from './html.js';
import { csrfField, messagePage, page } from './layout.js';
import {
  inviteChangeLine,
  inviteRoutes,
  invitesSection,
  phoneChangeLine,
  phoneRoutes,
  reachSection,
} from './owner-reach.js';
import {
  deskToday,
  readScheduleForm,
  type ScheduleErrors,
  scheduleChangeLine,
  scheduleForm,
  scheduleValues,
} from './owner-schedule.js';
import { when } from './resolution-page.js';

type FormName = 'rename' | 'alias' | 'merge' | 'unmerge' | 'schedule';
type Failed = { form: FormName; error: string; values: Record<string, string>; errors?: ScheduleErrors };

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

/** An owner's chats on the owners page; else «through Safir» where its phone number reaches it; else the mark. */
function reachCell(c: DeskContext, bindings: { platform: string; title: string | null; address: string }[]) {
  const t = c.get('t');
  const chats = bindings.filter((b) => b.platform !== SAFIR);
  if (chats.length > 0) return chats.map((b) => b.title ?? b.address).join(t.listSep);
  if (bindings.length > 0 && safirConfigured(c.get('app').config)) return t.invite.viaSafir;
  return h`<strong class="error">${t.invite.unreached}</strong>`;
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
        )}</td><td>${reachCell(c, o.bindings)}</td><td>${scheduleText(c, o.schedule?.settings)}</td></tr>`,
  )}</tbody></table></div>`;
  return page(c, t.deskOwners.title, body);
}

/** An editor's refusal in the page's words. */
function ownerEditMessage(t: Messages, err: OwnerEditError): string {
  const o = t.deskOwners;
  if (err.reason === 'shared-items') return o.sharedItems(err.detail);
  if (err.reason === 'same-owner') return o.sameOwner;
  if (err.reason === 'not-undoable') return o.notUndoable;
  if (err.reason === 'already-undone') return o.alreadyUndone(err.detail);
  return o.nameTaken(err.detail);
}

/** A merge's record as the page needs it: whom it merged, how many shares, and whether it can be undone. */
function mergeOf(e: RecordChangeEntry) {
  const m = JSON.parse(e.fromValue ?? '{}') as { name?: string; assignments?: number; assignmentIds?: unknown };
  return { name: m.name ?? '', shares: m.assignments ?? 0, undoable: Array.isArray(m.assignmentIds) };
}

export function ownerChangeLine(c: DeskContext, e: RecordChangeEntry): string {
  const t = c.get('t').deskOwners;
  const who = e.actorName ?? e.actorId;
  const at = when(c, e.createdAt);
  if (e.field === 'name') return t.renamed(at, who, e.fromValue ?? '', e.toValue ?? '');
  if (e.field === 'alias') return t.aliased(at, who, e.toValue ?? '');
  if (e.field === 'schedule') return scheduleChangeLine(c, e);
  if (e.field === 'invite') return inviteChangeLine(c, e);
  if (e.field === 'phone') return phoneChangeLine(c, e);
  if (e.field === 'unmerge' || e.field === 'restored') {
    const r = JSON.parse(e.toValue ?? '{}') as { name?: string; items?: number };
    return e.field === 'unmerge'
      ? t.unmergedLine(at, who, r.name ?? '', r.items ?? 0)
      : t.restoredLine(at, who, e.fromValue ?? '');
  }
  const memory = c.get('t').memory;
  if (e.field === 'created') return memory.createdLine(at, who, e.toValue ?? '');
  if (e.field === 'alias-moved') return memory.movedLine(at, who, e.fromValue ?? '', e.toValue ?? '');
  const merged = mergeOf(e);
  return t.mergedLine(at, who, merged.name, merged.shares);
}

/** The owner's history, newest last; a merge not yet undone carries the secretary's button to undo it. */
function historyList(c: DeskContext, ownerId: number, history: RecordChangeEntry[]): Safe {
  const t = c.get('t');
  const undone = new Set(history.filter((e) => e.field === 'unmerge').map((e) => e.fromValue));
  const secretary = c.get('session')?.role === 'secretary';
  const undo = (e: RecordChangeEntry) =>
    secretary && e.field === 'merge' && mergeOf(e).undoable && !undone.has(String(e.id))
      ? h` <form class="inline" method="post" action="/desk/owners/${ownerId}/unmerge">${csrfField(c)}<input type="hidden" name="change" value="${e.id}"><button type="submit" class="quiet">${t.deskOwners.undoMerge}</button></form>`
      : '';
  return h`<ol class="history">${history.map((e) => h`<li>${ownerChangeLine(c, e)}${undo(e)}</li>`)}</ol>`;
}

/** A page that asks before a merge or its undo: what it does, a confirming button, and the way back. */
function confirmPage(c: DeskContext, id: number, form: 'merge' | 'unmerge', fields: Values, lines: Safe) {
  const t = c.get('t');
  const title = form === 'merge' ? t.deskOwners.merge : t.deskOwners.undoMerge;
  const yes = form === 'merge' ? t.deskOwners.mergeYes : t.deskOwners.unmergeYes;
  return page(
    c,
    title,
    h`<form class="card" method="post" action="/desk/owners/${id}/${form}">${csrfField(c)}<input type="hidden" name="confirm" value="1">${Object.entries(fields).map(([k, v]) => h`<input type="hidden" name="${k}" value="${v}">`)}
${lines}
<div class="row"><button type="submit" class="danger">${yes}</button><a class="button quiet" href="/desk/owners/${id}">${t.deskOwners.cancel}</a></div></form>`,
  );
}

async function mergeConfirmation(c: DeskContext, fromId: number, intoId: number) {
  const t = c.get('t');
  const o = t.deskOwners;
  const plan = await c.get('app').desk.owners.mergePlan(fromId, intoId);
  const lines = h`<p>${o.mergeAsk(plan.from, plan.into)}</p><p>${o.mergeMoves}</p><ul>
<li>${o.mergeItems(plan.items.length, plan.items.join(t.listSep))}</li>
<li>${o.mergeAliases(plan.aliases.join(t.listSep))}</li>
<li>${o.mergeChats(plan.chats.join(t.listSep))}</li>
<li>${o.mergeSchedule[plan.schedule]}</li></ul>
<p class="hint">${o.mergeUndoHint}</p>`;
  return confirmPage(c, fromId, 'merge', { into: String(intoId) }, lines);
}

async function ownerPage(
  c: DeskContext,
  id: number,
  failed?: Failed,
  inviteError?: string,
  phoneFailed?: { error: string; typed: string },
) {
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
  const flash =
    c.req.query('schedule') === '1'
      ? savedFlash(c, t.remind.scheduleSaved(o.name, t.remind.settingsLine(settings)))
      : savedFlash(c);
  const notice = c.req.query('chatsLeft');
  const body = h`${flash}${notice ? h`<p class="flash" role="status">${t.deskOwners.chatsLeft(Number(notice) || 0)}</p>` : ''}
<div class="card"><p><a href="/desk?owner=${encodeURIComponent(o.name)}">${t.desk.register}</a> · <a href="/desk/owners">${t.deskOwners.title}</a></p>
<p>${t.deskOwners.aliases}: ${o.aliases.map((a) => a.alias).join(t.listSep)}</p>
<p>${t.deskOwners.schedule}: ${t.remind.settingsLine(settings)}${ownSchedule(o.schedule?.settings) ? '' : ` (${t.deskOwners.defaults})`}</p></div>
<section class="card" id="reach"><h2>${t.deskInvites.reach}</h2>${await reachSection(c, o.bindings, id, phoneFailed)}</section>
${await invitesSection(c, id, inviteError)}
${forms}
<section class="card"><h2>${t.desk.history}</h2>${error('unmerge')}
${history.length ? historyList(c, id, history) : h`<p>${t.desk.noHistory}</p>`}</section>`;
  return page(c, o.name, body, failed || inviteError || phoneFailed ? 400 : 200);
}

export function ownerRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/owners', (c) => listPage(c));
  routes.get('/owners/:id{[0-9]+}', (c) => ownerPage(c, Number(c.req.param('id'))));
  routes.route(
    '/',
    inviteRoutes((c, id, error) => ownerPage(c, id, undefined, error)),
  );
  routes.route(
    '/',
    phoneRoutes((c, id, failed) => ownerPage(c, id, undefined, undefined, failed)),
  );
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
    const before = JSON.stringify(settingsOf(c, o.schedule?.settings));
    const after = await app.deps.reminders.update(id, read.change, { actor, via: DESK_ADDRESS });
    return afterWrite(c, `/desk/owners/${id}?schedule=1`, JSON.stringify(after) !== before, '#schedule');
  });
  routes.post('/owners/:id{[0-9]+}/:form{rename|alias|merge|unmerge}', async (c) => {
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const form = c.req.param('form') as Exclude<FormName, 'schedule'>;
    const values = await formValues(c);
    const fail = (error: string) => ownerPage(c, id, { form, error, values });
    const app = c.get('app');
    if (!(await app.store.prisma.owner.findFirst({ where: { id, councilId: app.councilId } })))
      return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
    const f = fields(t);
    const read = judge(
      z.object({
        name: f.short(),
        alias: f.short(),
        into: f.short(),
        change: f.short(),
        confirm: f.short(),
      }),
      values,
    );
    if (!read.ok) return fail(read.error);
    const { name, alias, confirm } = read.data;
    const actor = deskActor(c.get('session')!);
    try {
      if (form === 'rename') {
        if (!name) return fail(t.deskOwners.nameRequired);
        const changed = await app.store.rebinding(() => app.desk.owners.rename(id, name, actor, DESK_ADDRESS));
        return afterWrite(c, `/desk/owners/${id}`, changed);
      }
      if (form === 'alias') {
        if (!alias) return fail(t.deskOwners.nameRequired);
        const changed = await app.store.rebinding(() => app.desk.owners.addAlias(id, alias, actor, DESK_ADDRESS));
        return afterWrite(c, `/desk/owners/${id}`, changed);
      }
      if (form === 'merge') {
        const into = Number(read.data.into);
        const other = await app.store.prisma.owner.findFirst({ where: { id: into, councilId: app.councilId } });
        if (!other || into === id) return fail(t.deskOwners.sameOwner);
        // One click never merges: the first press shows what would move and asks again.
        if (confirm !== '1') return await mergeConfirmation(c, id, into);
        await app.store.rebinding(() => app.desk.owners.merge(id, into, actor, DESK_ADDRESS));
        return afterWrite(c, `/desk/owners/${into}`, true);
      }
      const change = Number(read.data.change);
      if (confirm !== '1') {
        const rec = (await app.desk.owners.changes(id)).find((e) => e.id === change && e.field === 'merge');
        if (!rec) return fail(t.deskOwners.notUndoable);
        const lines = h`<p>${t.deskOwners.unmergeAsk(mergeOf(rec).name, rec.toValue ?? '')}</p>`;
        return confirmPage(c, id, 'unmerge', { change: String(change) }, lines);
      }
      const undone = await app.store.rebinding(() => app.desk.owners.unmerge(change, actor, DESK_ADDRESS));
      const left = undone.chatsLeft.length ? `?chatsLeft=${undone.chatsLeft.length}` : '';
      return afterWrite(c, `/desk/owners/${undone.id}${left}`, true);
    } catch (err) {
      if (!(err instanceof OwnerEditError)) throw err;
      return fail(ownerEditMessage(t, err));
    }
  });
  return routes;
}
