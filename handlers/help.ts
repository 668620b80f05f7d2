import type { Command, CommandHandler } from './context.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t } = ctx;
    // The written help shows examples; a command it does not mention yet still appears, with its summary.
    const written = [...t.help(ctx.example), ...t.fix.help(ctx.example)];
    const mentioned = (c: Command) => written.some((line) => new RegExp(`/${c.name}(?![\\w])`).test(line));
    const rest = ctx.commands.filter((c) => !mentioned(c)).map((c) => `/${c.name} — ${c.summary[ctx.lang]}`);
    return {
      blocks: [
        { type: 'heading', text: t.helpTitle },
        ...[...written, ...rest].map((text) => ({ type: 'text' as const, text })),
      ],
    };
  },
};
