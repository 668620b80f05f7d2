// Adding a resolution the minutes missed, by hand: the meeting, the text, the owners (known names or
// aliases, comma-separated, suggested from a <datalist>) and the deadline. The secretary's alone.
import { Hono } from 'hono';
import { parseUserDate } from '../core/calendar.js';
import { matchOwner } from '../core/owners.js';
import type { DeadlineValue as Deadline } from '../core/resolution-log.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
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
<label>${t.desk.deadlineDate}<input type="text" name="date" placeholder="${t.desk.datePlaceholder}" value="${values.date ?? ''}"></label>
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
    const body = await c.req.parseBody();
    const v: Record<string, string> = {};
    for (const k of ['meeting', 'text', 'owners', 'date'])
      v[k] = typeof body[k] === 'string' ? body[k].trim().slice(0, 4000) : '';
    if (c.get('session')?.role !== 'secretary') return form(c, v, t.desk.secretaryOnly);
    if (!v.meeting) return form(c, v, t.desk.meetingRequired);
    if (!v.text) return form(c, v, t.desk.textRequired);
    const known = await app.store.listOwners();
    const ownerIds: number[] = [];
    for (const name of v
      .owners!.split(/[,،]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const m = matchOwner(name, known);
      if (m.kind === 'none') return form(c, v, t.desk.unknownOwner(name));
      if (!ownerIds.includes(m.owner.id)) ownerIds.push(m.owner.id);
    }
    let deadline: Deadline = { kind: 'none' };
    if (v.date) {
      const date = parseUserDate(v.date);
      if (!date) return form(c, v, t.desk.badDate(v.date));
      deadline = { kind: 'date', date };
    }
    const n = await app.desk.editor.addResolution(
      { meetingId: Number(v.meeting), text: v.text, ownerIds, deadline },
      deskActor(c.get('session')!),
      DESK_ADDRESS,
    );
    return c.redirect(`/desk/r/${n}?saved=1`, 303);
  });
  return routes;
}
