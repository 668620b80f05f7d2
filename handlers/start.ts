// /start: what peygir is. Telegram's start links (`t.me/<bot>?start=<code>`, `?startgroup=<code>`) arrive as
// `/start <code>` and use the invite.
import { inviteCode } from '../src/core/invites.js';
import type { CommandHandler } from './context.js';
import { useInvite } from './invite.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t } = ctx;
    const code = ctx.args ? inviteCode(ctx.args) : null;
    if (code) return useInvite(ctx, code);
    return {
      blocks: [
        { type: 'heading', text: 'پیگیر · peygir' },
        ...t.start.map((text) => ({ type: 'text' as const, text })),
      ],
    };
  },
};
