// The command catalog: one list of names and summaries, each command's code imported on its first use, and a
// failed import answered like any other handler failure (the dispatcher stays the error boundary).
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { CATALOG, type CatalogEntry, lazyCommand } from '../../handlers/catalog.js';
import { type CommandContext, textReply } from '../../handlers/context.js';
import { MESSAGES } from '../../src/core/i18n.js';
import { consoleIncoming } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { freshApp, type TestApp } from '../helpers/db.js';

let app: TestApp | undefined;
afterEach(() => app?.cleanup());

it('every entry loads a handler from its own module, named after the command', async () => {
  const names = CATALOG.map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
  for (const entry of CATALOG) {
    const { handler } = await entry.load();
    expect(typeof handler.run, entry.name).toBe('function');
    const own = new URL(`../../handlers/${entry.name}.ts`, import.meta.url).href;
    expect(handler, entry.name).toBe((await import(/* @vite-ignore */ own)).handler);
  }
  // Nothing but the catalog names a command module statically: that is what keeps them off the start-up path.
  const dispatcher = readFileSync(new URL('../../handlers/index.ts', import.meta.url), 'utf8');
  for (const name of names) expect(dispatcher).not.toContain(`from './${name}.js'`);
});

it('imports a command on its first run only, and tries again after a failed import', async () => {
  const run = vi.fn(async () => textReply('ran'));
  const load = vi
    .fn<CatalogEntry['load']>()
    .mockRejectedValueOnce(new Error('disk hiccup'))
    .mockResolvedValue({ handler: { run } });
  const command = lazyCommand({ name: 'x', summary: { fa: 'x', en: 'x' }, load });
  expect(command.name).toBe('x');
  expect(load).not.toHaveBeenCalled();
  const ctx = {} as CommandContext;
  await expect(command.run(ctx)).rejects.toThrow('disk hiccup');
  await command.run(ctx);
  await command.run(ctx);
  expect(load).toHaveBeenCalledTimes(2);
  expect(run).toHaveBeenCalledTimes(2);
});

it('a command whose module fails to load gets the usual try-again reply, and the next message works', async () => {
  let fail = true;
  const flaky = lazyCommand({
    name: 'flaky',
    summary: { fa: 'ف', en: 'f' },
    load: async () => {
      if (fail) throw new Error('Cannot find module');
      return { handler: { run: async () => textReply('loaded') } };
    },
  });
  app = await freshApp('sqlite', {}, { commands: [flaky] });
  const dispatcher = app.dispatcher();
  const send = async () =>
    renderPlain((await dispatcher.handle(consoleIncoming({ chat: 'c', user: 'u', language: 'fa' }, '/flaky')))[0]!);
  expect(await send()).toBe(MESSAGES.fa.tryAgain);
  fail = false;
  expect(await send()).toBe('loaded');
});
