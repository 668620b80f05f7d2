// Rolling back a meeting's import from its page: a first POST shows what would go (or what blocks it) and asks
// again; the confirmed POST rolls it back in one transaction and lands on the meetings page, which says so.
// The secretary's alone (roles.ts). The record keeps the meeting and every item, shown in the audit trail.
import { Hono } from 'hono';
import type { UndoBlock, UndoPlan } from '../db/import-undo.js';
import { ImportUndoBlocked } from '../db/import-undo.js';
import type { RecordChangeEntry } from '../db/record-changes.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { formValues } from './form.js';
import { h } from './html.js';
import { csrfField, messagePage, page } from './layout.js';
import { when } from './resolution-page.js';

function blockLine(c: DeskContext, b: UndoBlock): string {
  const u = c.get('t').deskUndo;
  if (b.kind === 'reported') return u.reported(b.publicNumber, b.owner);
  if (b.kind === 'corrected') return u.corrected(b.publicNumber);
  if (b.kind === 'reimported') return u.reimported(b.imports);
  if (b.kind === 'meeting-edited') return u.meetingEdited;
  return u.notImported;
}

const meetingName = (c: DeskContext, plan: { number: string | null }) =>
  plan.number ?? c.get('t').deskMeetings.noNumber;

/** The ask, or what blocks the rollback. */
function askPage(c: DeskContext, plan: UndoPlan) {
  const t = c.get('t');
  const u = t.deskUndo;
  const id = plan.meetingId;
  const back = h`<a class="button quiet" href="/desk/meetings/${id}">${u.no}</a>`;
  if (plan.blocks.length > 0) {
    const body = h`<div class="card"><p class="error" role="alert">${u.blocked}</p>
<ul>${plan.blocks.map((b) => h`<li>${blockLine(c, b)}</li>`)}</ul><p>${back}</p></div>`;
    return page(c, u.title, body, 409);
  }
  const body = h`<form class="card" method="post" action="/desk/meetings/${id}/undo-import">${csrfField(c)}<input type="hidden" name="confirm" value="1">
<p>${u.ask(meetingName(c, plan), plan.items.length)}</p>
<ul>${plan.items.map((i) => h`<li>${u.item(i.publicNumber, i.text, i.owners.join(t.listSep) || t.noOwner)}</li>`)}</ul>
<p class="hint">${u.numbersFreed}</p>
<div class="row"><button type="submit" class="danger">${u.yes}</button>${back}</div></form>`;
  return page(c, u.title, body);
}

/** The form on a meeting's page, for the secretary, when the meeting has resolutions. */
export function undoImportForm(c: DeskContext, meetingId: number) {
  const u = c.get('t').deskUndo;
  return h`<form class="card" method="post" action="/desk/meetings/${meetingId}/undo-import">${csrfField(c)}<h2>${u.title}</h2><p class="hint">${u.hint}</p><button type="submit" class="danger">${u.title}</button></form>`;
}

/** The record's line for a rolled-back import (meeting pages and the audit trail). */
export function undoneLine(c: DeskContext, e: RecordChangeEntry): string {
  const was = JSON.parse(e.fromValue ?? '{}') as { number?: string | null; items?: unknown[] };
  return c
    .get('t')
    .deskUndo.line(
      when(c, e.createdAt),
      e.actorName ?? e.actorId,
      meetingName(c, { number: was.number ?? null }),
      was.items?.length ?? 0,
    );
}

export function importUndoRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.post('/meetings/:id{[0-9]+}/undo-import', async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const v = await formValues(c);
    const plan = await app.desk.importUndo.plan(id);
    if (!plan) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
    if (v.confirm !== '1' || plan.blocks.length > 0) return askPage(c, plan);
    try {
      const done = await app.desk.importUndo.undo(id, deskActor(c.get('session')!), DESK_ADDRESS);
      const message = t.deskUndo.done(meetingName(c, done), done.items.length);
      return messagePage(c, t.deskUndo.title, [message], 200);
    } catch (err) {
      // Someone reported between the ask and the confirmation: the page says who, and nothing changed.
      if (err instanceof ImportUndoBlocked) return askPage(c, err.plan);
      throw err;
    }
  });
  return routes;
}
