// /help reads the one command list: the written examples first, then any command they do not mention yet,
// so a new command shows up in /help (and in the Telegram menu and on Slack) from its entry in the list.
import { afterEach, expect, it } from 'vitest';
import { textReply } from '../../handlers/context.js';
import { consoleIncoming } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { freshApp, type TestApp } from '../helpers/db.js';

let app: TestApp;
afterEach(() => app?.cleanup());

it('lists every command of the list, a newly added one included, each once', async () => {
  const extra = { name: 'archive', summary: { fa: 'بایگانی', en: 'archive' }, run: async () => textReply('') };
  app = await freshApp('sqlite', {}, { commands: [extra] });
  const dispatcher = app.dispatcher();
  const [help] = await dispatcher.handle(consoleIncoming({ chat: 'c', user: 'u', language: 'fa' }, '/help'));
  const text = renderPlain(help!);
  for (const c of dispatcher.commands) {
    const lines = text.split('\n').filter((l) => new RegExp(`^/${c.name}(?!\\w)`).test(l));
    expect(lines.length, `/${c.name}`).toBeGreaterThanOrEqual(1);
  }
  expect(text).toContain('/archive — بایگانی');
  expect(text.match(/^\/archive/gm)).toHaveLength(1);
});
