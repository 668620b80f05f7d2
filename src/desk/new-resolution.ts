// Adding a resolution the minutes missed, by hand: the meeting, the text, the owners (known names or
// aliases, comma-separated, suggested from a <datalist>) and the deadline. The secretary's alone.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { SHORT_LIMIT } from '../core/limits.js';
import { matchOwner, splitNames } from '../core/owners.js';
import { ConflictError } from '../core/ports.js';
import type { DeadlineValue as Deadline } from '../core/resolution-log.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { afterWrite, fields, formValues, judge } from './form.js';
import { attr, h } from './html.js';
import { csrfField, page } from './layout.js';
import { ownerSuggestions } from './register-page.js';

async function form(c: DeskContext, values: Record<string, string> = {}, error?: string) {
  const app = c.get('app');
  const t = c.get('t');
  const [meetings, owners] = await Promise.all([
    app.store.prisma.meeting.findMany({ where: { councilId: app.councilId }, orderBy: { id: 'desc' }, take: 200 }),
    app.store.listOwners(),
  ]);
  const body = h`<form class="card forms" method="post" action="/desk/new">${csrfField(c)}
<label>${t.desk.meetingLabel}<select name="meeting" required>${meetings.map((m) => h`<option value="${m.id}"${attr('selected', values.meeting === String(m.id))}>${t.meeting(t.num(m.number ?? m.key))}</option>`)}</select></label>
<label>${t.desk.columns.text}<textarea name="text" required>${values.text ?? ''}</textarea></label>
<label>${t.desk.owners}<input type="text" name="owners" list="owners" value="${values.owners ?? ''}" aria-describedby="owners-hint"><span class="hint" id="owners-hint">${t.desk.ownersHint}</span></label>
<label>${t.desk.deadlineDate}<input type="text" name="date" placeholder="${t.desk.datePlaceholder}" data-jdp value="${values.date ?? ''}"></label>
${error ? h`<p class="error" role="alert">${error}</p>` : ''}
<div><button type="submit">${t.desk.save}</button></div>
</form>${ownerSuggestions('owners', owners)}`;
  return page(c, t.desk.newResolution, body, error ? 400 : 200);
}

export function newResolutionRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/new', (c) => form(c));
  routes.post('/new', async (c) => {
    const t = c.get('t');
    const app = c.get('app');
    const v = await formValues(c);
    const f = fields(t);
    const read = judge(
      z.object({
        meeting: f.required(t.desk.meetingRequired, SHORT_LIMIT).check(z.regex(/^\d+$/, t.desk.badForm)),
        text: f.required(t.desk.textRequired),
        owners: f.text(),
        date: f.date(),
      }),
      v,
    );
    if (!read.ok) return form(c, v, read.error);
    const known = await app.store.listOwners();
    const ownerIds: number[] = [];
    for (const name of splitNames(read.data.owners)) {
      const m = matchOwner(name, known);
      if (m.kind === 'none') return form(c, v, t.desk.unknownOwner(name));
      if (!ownerIds.includes(m.owner.id)) ownerIds.push(m.owner.id);
    }
    const { date } = read.data;
    const deadline: Deadline = date ? { kind: 'date', date } : { kind: 'none' };
    try {
      const n = await app.desk.editor.addResolution(
        { meetingId: Number(read.data.meeting), text: read.data.text, ownerIds, deadline },
        deskActor(c.get('session')!),
        DESK_ADDRESS,
      );
      return afterWrite(c, `/desk/r/${n}`, true);
    } catch (err) {
      // The meeting chosen is gone (deleted meanwhile, or a forged form): nothing was stored.
      if (err instanceof ConflictError) return form(c, v, t.conflict);
      throw err;
    }
  });
  return routes;
}
