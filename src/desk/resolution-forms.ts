// The resolution page's forms. Each validates what was typed with the same rules the chat uses (status
// transitions, owner lookup, Jalali dates), changes one thing in one transaction with its history event,
// and answers 303 to the page; a refusal re-renders the page with the message and the typed values.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { Messages } from '../core/i18n.js';
import { matchOwner } from '../core/owners.js';
import { ConflictError, type ResolutionView, type StatusChange } from '../core/ports.js';
import type { DeadlineValue as Deadline } from '../core/resolution-log.js';
import { canTransition } from '../core/status.js';
import { STATUSES, type Status } from '../core/types.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { afterWrite, deskDate, fields, formValues, judge, refuse, type Values } from './form.js';
import { messagePage } from './layout.js';
import { replacementQuery } from './learn.js';
import { type FormName, resolutionView } from './resolution-page.js';

/**
 * A refusal in words, or whether the write changed anything (and, after an owner replaced by another that may
 * have been a misreading, the page's query asking whether to remember it).
 */
type Outcome = { refused: string } | { changed: boolean; learn?: string };

/** The owner a typed name means: registered exactly, else as the chat's owner lookup reads it. */
export async function ownerByName(c: DeskContext, name: string) {
  const store = c.get('app').store;
  const exact = await store.findOwner(name);
  if (exact) return exact;
  const m = matchOwner(name, await store.listOwners());
  return m.kind === 'none' ? null : m.owner;
}

/**
 * The deadline form as one value. The date field shows the stored date, so it may stay filled when «جلسه بعدی»
 * or «بدون مهلت» is chosen; any other date there contradicts the choice and is refused, never dropped.
 */
function deadlineSchema(t: Messages, r: ResolutionView) {
  const f = fields(t);
  const chosen = { next: t.desk.deadlineNext, none: t.desk.deadlineNone };
  return z.pipe(
    z.object({ kind: f.choice(['date', 'next', 'none'], 'none'), date: f.short() }),
    z.transform(({ kind, date }, ctx): Deadline => {
      const read = date ? deskDate(t, date) : null;
      if (kind === 'date') {
        if (!read) return refuse(ctx, t.desk.dateRequired, date, 'date');
        return 'date' in read ? { kind: 'date', date: read.date } : refuse(ctx, read.error, date, 'date');
      }
      if (read && !('date' in read && read.date === r.dueDate))
        return refuse(ctx, t.desk.deadlineConflict(date, chosen[kind]), date, 'date');
      return kind === 'next' ? { kind: 'next-meeting' } : { kind: 'none' };
    }),
  );
}

const HANDLERS: Record<FormName, (c: DeskContext, r: ResolutionView, v: Values) => Promise<Outcome>> = {
  async text(c, r, v) {
    const t = c.get('t');
    const form = judge(z.object({ text: fields(t).required(t.desk.textRequired) }), v);
    if (!form.ok) return { refused: form.error };
    const app = c.get('app');
    return { changed: await app.desk.editor.setText(r.id, form.data.text, deskActor(c.get('session')!), DESK_ADDRESS) };
  },

  async deadline(c, r, v) {
    const form = judge(deadlineSchema(c.get('t'), r), v);
    if (!form.ok) return { refused: form.error };
    const app = c.get('app');
    return { changed: await app.desk.editor.setDeadline(r.id, form.data, deskActor(c.get('session')!), DESK_ADDRESS) };
  },

  async owners(c, r, v) {
    const t = c.get('t');
    const f = fields(t);
    const form = judge(
      z.object({
        op: f.choice(['add', 'replace', 'remove'], 'add'),
        owner: f.short(),
        name: f.short(),
        reason: f.text(),
      }),
      v,
    );
    if (!form.ok) return { refused: form.error };
    const { op, name, reason } = form.data;
    const current = r.assignments.find((a) => String(a.ownerId) === form.data.owner && a.status !== 'cancelled');
    if (op !== 'add' && !current) return { refused: t.desk.ownerRequired };
    let add: number[] = [];
    if (op !== 'remove') {
      if (!name) return { refused: t.desk.ownerRequired };
      const owner = await ownerByName(c, name);
      if (!owner) return { refused: t.desk.unknownOwner(name) };
      add = [owner.id];
    }
    if (op === 'remove' && !reason) return { refused: t.desk.reasonRequired };
    const changed = await c
      .get('app')
      .desk.editor.changeOwners(
        r.id,
        { add, remove: current && op !== 'add' ? [current.ownerId] : [], reason: reason || null },
        deskActor(c.get('session')!),
        DESK_ADDRESS,
      );
    // An owner replaced by another may have been a misreading: the page then asks whether to remember it.
    if (changed && op === 'replace' && current)
      return { changed, learn: await replacementQuery(c, current.ownerId, add[0]!) };
    return { changed };
  },

  async status(c, r, v) {
    const t = c.get('t');
    const f = fields(t);
    const form = judge(z.object({ assignment: f.short(), to: f.oneOf(STATUSES), note: f.text() }), v);
    if (!form.ok) return { refused: form.error };
    const { to, note } = form.data;
    const a = r.assignments.find((x) => String(x.id) === form.data.assignment);
    if (!a) return { refused: t.desk.badForm };
    if (a.status === to && !note) return { refused: t.already(r.publicNumber, t.status[to]) };
    if (to === 'blocked' && !note) return { refused: t.needReason(r.publicNumber) };
    const change: StatusChange =
      a.status === to
        ? { assignmentId: a.id, from: a.status, to, note, type: 'note' }
        : { assignmentId: a.id, from: a.status, to, note: note || null, type: 'status' };
    if (change.type === 'status' && !canTransition(a.status, to))
      return { refused: t.cannotMove(r.publicNumber, t.status[a.status], t.status[to], t.desk.openFirst) };
    await c.get('app').store.applyChanges([change], deskActor(c.get('session')!), DESK_ADDRESS);
    return { changed: true };
  },

  cancel: (c, r, v) => closeOrReopen(c, r, v, 'cancelled'),
  reopen: (c, r, v) => closeOrReopen(c, r, v, 'open'),
};

/** Cancel every owner that may be cancelled, or reopen every cancelled one: one command, one transaction. */
async function closeOrReopen(c: DeskContext, r: ResolutionView, v: Values, to: Status): Promise<Outcome> {
  const t = c.get('t');
  const form = judge(z.object({ reason: fields(t).required(t.desk.reasonRequired) }), v);
  if (!form.ok) return { refused: form.error };
  const changes: StatusChange[] = r.assignments
    .filter((a) => (to === 'open' ? a.status === 'cancelled' : a.status !== 'cancelled' && canTransition(a.status, to)))
    .map((a) => ({ assignmentId: a.id, from: a.status, to, note: form.data.reason, type: 'status' }));
  if (changes.length === 0) return { refused: t.desk.nothingToChange };
  await c.get('app').store.applyChanges(changes, deskActor(c.get('session')!), DESK_ADDRESS);
  return { changed: true };
}

export async function findResolution(c: DeskContext): Promise<ResolutionView | null> {
  const n = Number(c.req.param('n'));
  if (!Number.isSafeInteger(n) || n < 1) return null;
  return c.get('app').store.getResolution({ kind: 'number', number: n });
}

export function resolutionRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/r/:n', async (c) => {
    const r = await findResolution(c);
    if (!r) return messagePage(c, c.get('t').desk.notFound, [c.get('t').notFound(c.req.param('n'))], 404);
    return resolutionView(c, r);
  });
  routes.post('/r/:n/:form', async (c) => {
    const t = c.get('t');
    const form = c.req.param('form') as FormName;
    const r = await findResolution(c);
    if (!r || !(form in HANDLERS)) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
    const v = await formValues(c);
    const assignmentId = form === 'status' ? Number(v.assignment) : undefined;
    let outcome: Outcome;
    try {
      outcome = await HANDLERS[form](c, r, v);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      outcome = { refused: t.conflict };
    }
    if ('refused' in outcome) {
      const state = { form, error: outcome.refused, values: v, assignmentId };
      return resolutionView(c, (await findResolution(c)) ?? r, state);
    }
    const path = `/desk/r/${r.publicNumber}`;
    return afterWrite(c, outcome.learn ? `${path}?${outcome.learn}` : path, outcome.changed);
  });
  return routes;
}
