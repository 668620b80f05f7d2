// Bulk changes from the register: the rows ticked (checkboxes tied to the form below the table, so no script is
// needed), one change for all of them: a deadline, an owner added or replaced, one owner's status, or the
// resolutions cancelled with a reason. Bad input refuses the whole batch and changes nothing; otherwise the
// batch is one transaction, each item audited in its own history, and the answer says item by item what changed,
// what already was so and what could not change (and why).
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { Messages } from '../core/i18n.js';
import { ConflictError, type ResolutionView, type StatusChange } from '../core/ports.js';
import type { DeadlineValue } from '../core/resolution-log.js';
import { canTransition } from '../core/status.js';
import { toLatinDigits } from '../core/text.js';
import { STATUSES } from '../core/types.js';
import { auditUrl } from './audit.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { deskDate, fields, formLists, judge, refuse } from './form.js';
import { h, type Safe } from './html.js';
import { csrfField, page } from './layout.js';
import { ownerByName } from './resolution-forms.js';

export const BULK_OPS = ['deadline', 'add', 'replace', 'status', 'cancel'] as const;
type Op = (typeof BULK_OPS)[number];

/** The form under the register's table; the chair sees only what the chair may do. */
export function bulkForm(c: DeskContext, back: string): Safe {
  const t = c.get('t');
  const b = t.deskBulk;
  const secretary = c.get('session')?.role === 'secretary';
  const action = (op: Op) => `/desk/bulk/${op}`;
  const record = secretary
    ? h`<fieldset><legend>${b.deadline}</legend>
<label>${b.deadlineKind}<select name="kind"><option value="date">${t.desk.deadlineDate}</option><option value="next">${t.desk.deadlineNext}</option><option value="none">${t.desk.deadlineNone}</option></select></label>
<label>${t.desk.deadlineDate}<input type="text" name="date" placeholder="${t.desk.datePlaceholder}" data-jdp size="10"></label>
<button type="submit" formaction="${action('deadline')}">${b.setDeadline}</button></fieldset>
<fieldset><legend>${b.owners}</legend>
<label>${b.ownerToAdd}<input type="text" name="owner" list="owners"></label>
<label>${b.replaceFrom}<input type="text" name="from" list="owners"></label>
<label>${b.reasonLabel}<input type="text" name="ownerReason"></label>
<button type="submit" formaction="${action('add')}">${b.add}</button>
<button type="submit" class="quiet" formaction="${action('replace')}">${b.replace}</button></fieldset>`
    : '';
  return h`<form id="bulk" class="card bulk" method="post" action="${action('status')}" aria-labelledby="bulk-title">${csrfField(c)}
<input type="hidden" name="back" value="${back}">
<h2 id="bulk-title">${b.heading}</h2><p class="hint">${b.hint}</p>
${record}
<fieldset><legend>${b.statusOf}</legend>
<label>${b.statusOf}<input type="text" name="who" list="owners"></label>
<label>${b.statusTo}<select name="to">${STATUSES.map((s) => h`<option value="${s}">${t.status[s]}</option>`)}</select></label>
<label>${t.desk.note}<input type="text" name="note"></label>
<button type="submit" formaction="${action('status')}">${b.setStatus}</button></fieldset>
<fieldset><legend>${b.cancel}</legend>
<label>${b.reasonLabel}<input type="text" name="reason"></label>
<button type="submit" class="danger" formaction="${action('cancel')}">${b.cancel}</button></fieldset>
</form>`;
}

interface Outcome {
  changed: number[];
  unchanged: number[];
  refused: string[];
}

function deadlineOf(t: Messages) {
  const f = fields(t);
  return z.pipe(
    z.object({ kind: f.choice(['date', 'next', 'none'], 'date'), date: f.short() }),
    z.transform(({ kind, date }, ctx): DeadlineValue => {
      if (kind === 'date') {
        if (!date) return refuse(ctx, t.desk.dateRequired, date, 'date');
        const read = deskDate(t, date);
        return 'date' in read ? { kind: 'date', date: read.date } : refuse(ctx, read.error, date, 'date');
      }
      if (date)
        return refuse(
          ctx,
          t.desk.deadlineConflict(date, kind === 'next' ? t.desk.deadlineNext : t.desk.deadlineNone),
          date,
          'date',
        );
      return kind === 'next' ? { kind: 'next-meeting' } : { kind: 'none' };
    }),
  );
}

/** The batch applied, or the one message that refuses it whole. */
async function apply(
  c: DeskContext,
  op: Op,
  items: ResolutionView[],
  v: Record<string, string>,
): Promise<Outcome | string> {
  const app = c.get('app');
  const t = c.get('t');
  const b = t.deskBulk;
  const f = fields(t);
  const actor = deskActor(c.get('session')!);
  const numbers = new Map(items.map((r) => [r.id, r.publicNumber]));
  const split = (changedIds: number[]): Outcome => {
    const changed = new Set(changedIds);
    return {
      changed: items.filter((r) => changed.has(r.id)).map((r) => r.publicNumber),
      unchanged: items.filter((r) => !changed.has(r.id)).map((r) => r.publicNumber),
      refused: [],
    };
  };
  if (op === 'deadline') {
    const read = judge(deadlineOf(t), v);
    if (!read.ok) return read.error;
    return split(await app.desk.editor.batch([...numbers.keys()], { deadline: read.data }, actor, DESK_ADDRESS));
  }
  if (op === 'add' || op === 'replace') {
    const read = judge(z.object({ owner: f.short(), from: f.short(), ownerReason: f.text() }), v);
    if (!read.ok) return read.error;
    const { owner, from, ownerReason } = read.data;
    if (!owner) return t.desk.ownerRequired;
    const adding = await ownerByName(c, owner);
    if (!adding) return t.desk.unknownOwner(owner);
    if (op === 'add') {
      const change = { owners: { add: [adding.id], remove: [], reason: ownerReason || null } };
      return split(await app.desk.editor.batch([...numbers.keys()], change, actor, DESK_ADDRESS));
    }
    if (!from) return b.replaceFromRequired;
    const replaced = await ownerByName(c, from);
    if (!replaced) return t.desk.unknownOwner(from);
    // Only the items the replaced owner carries: elsewhere there is nothing to replace.
    const carrying = items.filter((r) =>
      r.assignments.some((a) => a.ownerId === replaced.id && a.status !== 'cancelled'),
    );
    const change = { owners: { add: [adding.id], remove: [replaced.id], reason: ownerReason || null } };
    const outcome = split(
      await app.desk.editor.batch(
        carrying.map((r) => r.id),
        change,
        actor,
        DESK_ADDRESS,
      ),
    );
    const others = items.filter((r) => !carrying.includes(r));
    return {
      changed: outcome.changed,
      unchanged: outcome.unchanged.filter((n) => !others.some((r) => r.publicNumber === n)),
      refused: others.map((r) => b.notOwner(r.publicNumber, replaced.name)),
    };
  }
  const changes: StatusChange[] = [];
  const outcome: Outcome = { changed: [], unchanged: [], refused: [] };
  if (op === 'status') {
    const read = judge(z.object({ who: f.short(), to: f.oneOf(STATUSES), note: f.text() }), v);
    if (!read.ok) return read.error;
    const { who, to, note } = read.data;
    if (!who) return t.desk.ownerRequired;
    const owner = await ownerByName(c, who);
    if (!owner) return t.desk.unknownOwner(who);
    for (const r of items) {
      const a = r.assignments.find((x) => x.ownerId === owner.id);
      if (!a) outcome.refused.push(b.notOwner(r.publicNumber, owner.name));
      else if (a.status === to) outcome.unchanged.push(r.publicNumber);
      else if (to === 'blocked' && !note) return t.needReason(r.publicNumber);
      else if (!canTransition(a.status, to))
        outcome.refused.push(t.cannotMove(r.publicNumber, t.status[a.status], t.status[to], t.desk.openFirst));
      else {
        changes.push({ assignmentId: a.id, from: a.status, to, note: note || null, type: 'status' });
        outcome.changed.push(r.publicNumber);
      }
    }
  } else {
    const read = judge(z.object({ reason: f.required(t.desk.reasonRequired) }), v);
    if (!read.ok) return read.error;
    for (const r of items) {
      const open = r.assignments.filter((a) => a.status !== 'cancelled' && canTransition(a.status, 'cancelled'));
      if (open.length === 0) outcome.unchanged.push(r.publicNumber);
      else outcome.changed.push(r.publicNumber);
      for (const a of open)
        changes.push({ assignmentId: a.id, from: a.status, to: 'cancelled', note: read.data.reason, type: 'status' });
    }
  }
  // Every share's change in one commit, each with its history event.
  if (changes.length > 0) await app.store.applyChanges(changes, actor, DESK_ADDRESS);
  return outcome;
}

function numberLinks(c: DeskContext, list: number[]): Safe {
  const t = c.get('t');
  return h`<ul class="inline-list">${list.map((n) => h`<li><a href="/desk/r/${n}">${t.num(n)}</a></li>`)}</ul>`;
}

/** `back` is the register the form was on; anything else is not followed. */
const safeBack = (back: string | undefined) => (back && /^\/desk(\?|$)/.test(back) ? back : '/desk');

export function bulkRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.post('/bulk/:op{deadline|add|replace|status|cancel}', async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const b = t.deskBulk;
    const op = c.req.param('op') as Op;
    const lists = await formLists(c);
    const v: Record<string, string> = {};
    for (const [k, list] of Object.entries(lists)) if (k !== 'n') v[k] = list[0] ?? '';
    const back = safeBack(v.back);
    const wanted = [...new Set((lists.n ?? []).map((n) => Number(toLatinDigits(n))))].filter(
      (n) => Number.isSafeInteger(n) && n > 0,
    );
    const found = await Promise.all(wanted.map((number) => app.store.getResolution({ kind: 'number', number })));
    const items = found.filter((r): r is ResolutionView => r !== null);
    const links = h`<p><a href="${back}">${b.back}</a> · <a href="${auditUrl({ source: 'desk' })}">${b.trail}</a></p>`;
    const refusal = (message: string) =>
      page(c, b.title, h`<div class="card"><p class="error" role="alert">${message}</p>${links}</div>`, 400);
    if (items.length === 0) return refusal(b.none);
    let outcome: Outcome | string;
    try {
      outcome = await apply(c, op, items, v);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      outcome = t.conflict;
    }
    if (typeof outcome === 'string') return refusal(outcome);
    const { changed, unchanged, refused } = outcome;
    const body = h`<div class="card" role="status">
${changed.length ? h`<p>${b.changed(changed.length)}</p>${numberLinks(c, changed)}` : h`<p>${b.nothingChanged}</p>`}
${unchanged.length ? h`<p>${b.unchanged(unchanged.length)}</p>${numberLinks(c, unchanged)}` : ''}
${refused.length ? h`<p>${b.refused(refused.length)}</p><ul>${refused.map((r) => h`<li>${r}</li>`)}</ul>` : ''}
${links}</div>`;
    return page(c, b.title, body);
  });
  return routes;
}
