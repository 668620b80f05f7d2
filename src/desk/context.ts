// What every desk request carries once the middleware ran: the App, the session (absent only on the pages
// open without one), and the language with its messages.
import type { Context } from 'hono';
import type { App } from '../app.js';
import type { Messages } from '../core/i18n.js';
import type { Language } from '../core/types.js';
import type { DeskSession } from '../db/desk-sessions.js';
import type { HttpEnv } from '../http/server.js';

export type DeskEnv = {
  Bindings: HttpEnv['Bindings'];
  Variables: {
    app: App;
    /** The signed-in session, its `role` the one the configuration gives now. */
    session?: DeskSession;
    /** The cookie named a session whose person the configuration no longer names: ended on this request. */
    roleGone?: boolean;
    lang: Language;
    t: Messages;
  };
};

export type DeskContext = Context<DeskEnv>;

export const SESSION_COOKIE = 'peygir_desk';
export const LANG_COOKIE = 'peygir_lang';

/** The desk user as the actor of history events. */
export function deskActor(s: DeskSession) {
  return { platform: s.platform, userId: s.userId, name: s.name ?? `${s.platform}:${s.userId}` };
}

/** History events written at the desk name it as their chat (the chat's /undo and /status know it too). */
export { DESK_ADDRESS } from '../core/resolution-log.js';
