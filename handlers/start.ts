import type { Command } from './context.js';

export const startCommand: Command = {
  name: 'start',
  summary: { fa: 'معرفی پیگیر', en: 'what peygir does' },
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
