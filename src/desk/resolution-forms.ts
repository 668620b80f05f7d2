// The resolution page's forms. Each validates what was typed with the same rules the chat uses (status
// transitions, owner lookup, Jalali dates), changes one thing in one transaction with its history event,
// and answers 303 to the page; a refusal re-renders the page with the message and the typed values.
import { Hono } from 'hono';
import { parseUserDate } from '../core/calendar.js';
import { matchOwner } from '../core/owners.js';
import { ConflictError, type ResolutionView, type StatusChange } from '../core/ports.js';
import type { DeadlineValue as Deadline } from '../core/resolution-log.js';
import { canTransition } from '../core/status.js';
import { STATUSES, type Status } from '../core/types.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { messagePage } from './layout.js';
import { replacementQuery } from './learn.js';
import { type FormName, resolutionView } from './resolution-page.js';

type Values = Record<string, string>;
/** A refusal message, or nothing when the change was made. */
type Outcome = string | null;

async function values(c: DeskContext): Promise<Values> {
  const body = await c.req.parseBody();
  const out: Values = {};
  for (const [k, v] of Object.entries(body))
    if (typeof v === 'string' && k !== '_csrf') out[k] = v.trim().slice(0, 4000);
  return out;
}

async function ownerByName(c: DeskContext, name: string) {
  const store = c.get('app').store;
  const exact = await store.findOwner(name);
  if (exact) return exact;
  const m = matchOwner(name, await store.listOwners());
  return m.kind === 'none' ? null : m.owner;
}

const HANDLERS: Record<FormName, (c: DeskContext, r: ResolutionView, v: Values) => Promise<Outcome>> = {
  async text(c, r, v) {
    const t = c.get('t');
    if (!v.text) return t.desk.textRequired;
    await c.get('app').desk.editor.setText(r.id, v.text, deskActor(c.get('session')!), DESK_ADDRESS);
    return null;
  },

  async deadline(c, r, v) {
    const t = c.get('t');
    let deadline: Deadline;
    if (v.kind === 'next') deadline = { kind: 'next-meeting' };
    else if (v.kind === 'none') deadline = { kind: 'none' };
    else {
      const date = v.date ? parseUserDate(v.date) : null;
      if (!date) return t.desk.badDate(v.date ?? '');
      deadline = { kind: 'date', date };
    }
    await c.get('app').desk.editor.setDeadline(r.id, deadline, deskActor(c.get('session')!), DESK_ADDRESS);
    return null;
  },

  async owners(c, r, v) {
    const t = c.get('t');
    const op = v.op === 'remove' || v.op === 'replace' ? v.op : 'add';
    const current = r.assignments.find((a) => String(a.ownerId) === v.owner && a.status !== 'cancelled');
    if (op !== 'add' && !current) return t.desk.ownerRequired;
    let add: number[] = [];
    if (op !== 'remove') {
      if (!v.name) return t.desk.ownerRequired;
      const owner = await ownerByName(c, v.name);
      if (!owner) return t.desk.unknownOwner(v.name);
      add = [owner.id];
    }
    if (op === 'remove' && !v.reason) return t.desk.reasonRequired;
    await c
      .get('app')
      .desk.editor.changeOwners(
        r.id,
        { add, remove: current && op !== 'add' ? [current.ownerId] : [], reason: v.reason || null },
        deskActor(c.get('session')!),
        DESK_ADDRESS,
      );
    return null;
  },

  async status(c, r, v) {
    const t = c.get('t');
    const a = r.assignments.find((x) => String(x.id) === v.assignment);
    const to = v.to as Status;
    if (!a || !STATUSES.includes(to)) return t.desk.badForm;
    if (a.status === to && !v.note) return t.already(r.publicNumber, t.status[to]);
    if (to === 'blocked' && !v.note) return t.needReason(r.publicNumber);
    const change: StatusChange =
      a.status === to
        ? { assignmentId: a.id, from: a.status, to, note: v.note!, type: 'note' }
        : { assignmentId: a.id, from: a.status, to, note: v.note || null, type: 'status' };
    if (change.type === 'status' && !canTransition(a.status, to))
      return t.cannotMove(r.publicNumber, t.status[a.status], t.status[to], t.desk.openFirst);
    await c.get('app').store.applyChanges([change], deskActor(c.get('session')!), DESK_ADDRESS);
    return null;
  },

  cancel: (c, r, v) => closeOrReopen(c, r, v, 'cancelled'),
  reopen: (c, r, v) => closeOrReopen(c, r, v, 'open'),
};

/** Cancel every owner that may be cancelled, or reopen every cancelled one: one command, one transaction. */
async function closeOrReopen(c: DeskContext, r: ResolutionView, v: Values, to: Status): Promise<Outcome> {
  const t = c.get('t');
  if (!v.reason) return t.desk.reasonRequired;
  const changes: StatusChange[] = r.assignments
    .filter((a) => (to === 'open' ? a.status === 'cancelled' : a.status !== 'cancelled' && canTransition(a.status, to)))
    .map((a) => ({ assignmentId: a.id, from: a.status, to, note: v.reason!, type: 'status' }));
  if (changes.length === 0) return t.desk.nothingToChange;
  await c.get('app').store.applyChanges(changes, deskActor(c.get('session')!), DESK_ADDRESS);
  return null;
}

/** Text, owners and deadline are the secretary's; statuses and cancelling are also the chair's, as in chat. */
const SECRETARY_ONLY: FormName[] = ['text', 'owners', 'deadline'];

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
    const v = await values(c);
    const assignmentId = form === 'status' ? Number(v.assignment) : undefined;
    if (SECRETARY_ONLY.includes(form) && c.get('session')?.role !== 'secretary') {
      return resolutionView(c, r, { form, error: t.desk.secretaryOnly, values: v, assignmentId });
    }
    let error: Outcome;
    try {
      error = await HANDLERS[form](c, r, v);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      error = t.conflict;
    }
    if (error) return resolutionView(c, (await findResolution(c)) ?? r, { form, error, values: v, assignmentId });
    // An owner replaced by another may have been a misreading: the page then asks whether to remember it.
    const replaced = form === 'owners' && v.op === 'replace' ? await ownerByName(c, v.name ?? '') : null;
    const learn = replaced ? await replacementQuery(c, Number(v.owner), replaced.id) : '';
    return c.redirect(`/desk/r/${r.publicNumber}?saved=1${learn}`, 303);
  });
  return routes;
}
