// The sessions page (the secretary's): every open desk session with who, the role the configuration gives
// them now, since when, when last seen and where its sign-in link came from, each with «پایان» to end it;
// and the sessions ended lately, with who ended them and why. Ending is recorded on the session itself.
import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { type DeskSession, OPERATOR_ORIGIN } from '../db/desk-sessions.js';
import { type DeskContext, type DeskEnv, SESSION_COOKIE } from './context.js';
import { h } from './html.js';
import { csrfField, page } from './layout.js';
import { roleNow } from './links.js';
import { when } from './resolution-page.js';

function origin(c: DeskContext, o: string | null): string {
  const t = c.get('t').deskSessions;
  if (!o) return t.originUnknown;
  if (o === 'cli') return t.originCli;
  if (o === OPERATOR_ORIGIN) return t.originOperator;
  return o.startsWith('chat:') ? t.originChat(o.slice(5)) : o;
}

const who = (s: { name: string | null; platform: string; userId: string }) =>
  `${s.name ? `${s.name} · ` : ''}${s.platform}:${s.userId}`;

async function sessionsPage(c: DeskContext, notice?: string) {
  const app = c.get('app');
  const t = c.get('t');
  const s = t.deskSessions;
  const [open, ended] = await Promise.all([app.desk.sessions.open(app.clock.now()), app.desk.sessions.recentlyEnded()]);
  const mine = c.get('session')!.id;
  const role = (x: DeskSession) => {
    const r = roleNow(app.config, x);
    return r ? t.desk.role[r] : s.noRole;
  };
  const why = (reason: string | null, by: string | null, byName: string | null) =>
    reason === 'ended' ? s.reason.ended(byName ?? by ?? '?') : reason === 'role' ? s.reason.role : s.reason.signout;
  const flash = notice ?? (c.req.query('ended') === '1' ? s.endedFlash : '');
  const body = h`${flash ? h`<p class="flash" role="status">${flash}</p>` : ''}
<p class="hint">${s.hint}</p>
<div class="table-wrap card"><table><caption class="visually-hidden">${s.count(open.length)}</caption>
<thead><tr><th scope="col">${s.who}</th><th scope="col">${s.roleNow}</th><th scope="col">${s.since}</th><th scope="col">${s.lastSeen}</th><th scope="col">${s.origin}</th><th scope="col"><span class="visually-hidden">${s.end}</span></th></tr></thead>
<tbody>${
    open.length === 0
      ? h`<tr><td colspan="6">${s.none}</td></tr>`
      : open.map(
          (x) =>
            h`<tr><td>${who(x)}${x.id === mine ? h` <span class="hint">${s.thisSession}</span>` : ''}</td><td>${role(x)}</td><td>${when(c, x.createdAt)}</td><td>${when(c, x.lastSeenAt ?? x.createdAt)}</td><td>${origin(c, x.origin)}</td>
<td><form method="post" action="/desk/sessions/${x.id}/end">${csrfField(c)}<button type="submit" class="quiet">${s.end}</button></form></td></tr>`,
        )
  }</tbody></table></div>
${ended.length ? h`<section class="card"><h2>${s.endedTitle}</h2><ol class="history">${ended.map((x) => h`<li>${s.endedLine(who(x), when(c, x.endedAt), why(x.endReason, x.endedBy, x.endedByName))}</li>`)}</ol></section>` : ''}`;
  return page(c, s.title, body);
}

export function sessionRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/sessions', (c) => sessionsPage(c));
  routes.post('/sessions/:id{[0-9]+}/end', async (c) => {
    const app = c.get('app');
    const me = c.get('session')!;
    const id = Number(c.req.param('id'));
    const by = { id: `${me.platform}:${me.userId}`, name: me.name };
    const ended = await app.desk.sessions.endById(id, app.clock.now(), 'ended', by);
    if (!ended) return sessionsPage(c, c.get('t').deskSessions.alreadyEnded);
    // Ending one's own session is signing out: the cookie goes too.
    if (id === me.id) {
      deleteCookie(c, SESSION_COOKIE, { path: '/desk' });
      return c.redirect('/desk', 303);
    }
    return c.redirect('/desk/sessions?ended=1', 303);
  });
  return routes;
}
