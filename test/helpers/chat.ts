// Talking to the dispatcher as a console chat would, for handler tests.
import type { App } from '../../src/app.js';
import type { Incoming, Language } from '../../src/core/types.js';
import { consoleIncoming } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';

export interface SayOptions {
  user?: string;
  admin?: boolean;
  language?: Language;
}

export function chatter(app: App) {
  const dispatcher = app.dispatcher('peygir_bot');
  return async function say(chat: string, text: string, opts: SayOptions = {}): Promise<string> {
    const language = opts.language ?? 'fa';
    const incoming: Incoming = {
      ...consoleIncoming({ chat, user: opts.user ?? `${chat}-member`, language }, text),
      isAdmin: async () => opts.admin ?? true,
    };
    const replies = await dispatcher.handle(incoming);
    return replies.map((r) => renderPlain(r, language)).join('\n---\n');
  };
}

/** Each owner's status of resolution N, by owner name. */
export async function statuses(app: App, number: number): Promise<Record<string, string>> {
  const r = await app.store.getResolution({ kind: 'number', number });
  return Object.fromEntries(r!.assignments.map((a) => [a.ownerName, a.status]));
}
