import type { CommandHandler } from './context.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t } = ctx;
    return {
      blocks: [
        { type: 'heading', text: 'پیگیر · peygir' },
        ...t.start.map((text) => ({ type: 'text' as const, text })),
      ],
    };
  },
};
