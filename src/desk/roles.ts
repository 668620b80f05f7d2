// What only the secretary may do at the desk, in one list: the record itself (texts, owners and deadlines of
// resolutions, one by one or in bulk, resolutions added by hand, meetings and their imports' rollback, owners' names, merges and phone numbers, names remembered as an owner's,
// the days off), the sessions page and the evidence files owners sent. The chair is refused with 403 before any route reads the form, so a
// refusal is the same everywhere; what was typed is shown back, so a form sent after the role changed loses
// nothing.
import type { Hono, MiddlewareHandler } from 'hono';
import type { DeskEnv } from './context.js';
import { h } from './html.js';
import { page } from './layout.js';

const SECRETARY_ONLY: ['GET' | 'POST', string][] = [
  ['GET', '/new'],
  ['POST', '/new'],
  ['POST', '/r/:n/:form{text|owners|deadline}'],
  ['POST', '/bulk/:op{deadline|add|replace}'],
  ['POST', '/meetings/new'],
  ['POST', '/meetings/:id{[0-9]+}'],
  ['POST', '/meetings/:id{[0-9]+}/delete'],
  ['POST', '/meetings/:id{[0-9]+}/undo-import'],
  ['POST', '/owners/:id{[0-9]+}/:form{rename|alias|merge|unmerge}'],
  ['POST', '/owners/:id{[0-9]+}/invite'],
  ['POST', '/owners/:id{[0-9]+}/invites/:invite{[0-9]+}/revoke'],
  ['POST', '/owners/:id{[0-9]+}/phone'],
  ['POST', '/learn'],
  ['POST', '/days-off/:form{add|remove|official}'],
  ['GET', '/sessions'],
  ['GET', '/evidence/:id{[0-9]+}'],
  ['POST', '/sessions/:id{[0-9]+}/end'],
];

function secretaryOnly(): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    if (c.get('session')?.role === 'secretary') return next();
    const t = c.get('t');
    const typed =
      c.req.method === 'POST'
        ? Object.entries(await c.req.parseBody()).filter(
            (e): e is [string, string] => e[0] !== '_csrf' && typeof e[1] === 'string' && e[1].trim() !== '',
          )
        : [];
    const body = h`<div class="card"><p class="error" role="alert">${t.desk.secretaryOnly}</p>
${typed.length ? h`<p>${t.desk.whatWasTyped}</p><dl class="typed">${typed.map(([k, v]) => h`<dt>${k}</dt><dd>${v}</dd>`)}</dl>` : ''}</div>`;
    return page(c, t.desk.title, body, 403);
  };
}

/** Puts the guard in front of every route the list names; mounted after the session is required. */
export function guardSecretaryRoutes(desk: Hono<DeskEnv>): void {
  const guard = secretaryOnly();
  for (const [method, path] of SECRETARY_ONLY) desk.on(method, path, guard);
}
