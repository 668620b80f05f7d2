import type { Command } from './context.js';

export const helpCommand: Command = {
  name: 'help',
  aliases: ['راهنما'],
  summary: { fa: 'راهنمای دستورها', en: 'list of commands' },
  async run(ctx) {
    const { t, deps } = ctx;
    const extra = (deps.extraCommands ?? []).map((c) => `/${c.name} — ${c.summary[ctx.lang]}`);
    return {
      blocks: [
        { type: 'heading', text: t.helpTitle },
        ...[...t.help, ...t.fix.help, ...extra].map((text) => ({ type: 'text' as const, text })),
      ],
    };
  },
};
