// What the tests of the chair's requests share: a button pressed in a console chat, and an owner's share of an
// item as the store reads it.
import type { App } from '../../src/app.js';
import { consoleIncoming } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';

/** A member of `chat` presses «تأیید» or «رد» carrying `value`; the replies as plain Persian text. */
export async function press(app: App, chat: string, action: 'approve' | 'decline', value: string): Promise<string> {
  const incoming = { ...consoleIncoming({ chat, user: `${chat}-member`, language: 'fa' }, ''), text: '' };
  const replies = await app.dispatcher('peygir_bot').handle({ ...incoming, action: { action, value } });
  return replies.map((r) => renderPlain(r, 'fa')).join('\n');
}

/** Item `n`'s share of `owner`. */
export async function shareOf(app: App, n: number, owner = 'کمیته فاوا') {
  return (await app.store.getResolution({ kind: 'number', number: n }))!.assignments.find(
    (a) => a.ownerName === owner,
  )!;
}
