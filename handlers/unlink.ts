import { chatAddress } from '../src/core/types.js';
import { type Command, refusal, textReply } from './context.js';

export const unlinkCommand: Command = {
  name: 'unlink',
  summary: { fa: 'قطع اتصال این گروه', en: 'unbind this chat' },
  async run(ctx) {
    const { t, incoming } = ctx;
    if (ctx.auth.memberRole === null) {
      // Anyone is "admin" of their own private chat: only configured people may bind one.
      if (incoming.chat.kind === 'private') return refusal(t.linkPrivate);
      if (!(await incoming.isAdmin())) return refusal(t.linkAdminOnly);
    }
    const removed = await ctx.deps.store.unbind(chatAddress(incoming.chat), `unlinked by ${incoming.user.name}`);
    if (removed.length === 0) return refusal(t.unlinkNone);
    return textReply(t.unlinked(removed.map((b) => b.ownerName ?? t.chair).join('، ')));
  },
};
