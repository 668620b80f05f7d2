import { chatNoun } from '../src/core/messages/replies.js';
import { chatAddress } from '../src/core/types.js';
import { type CommandHandler, refusal, textReply } from './context.js';
import { bindingRefusal } from './link.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t, incoming } = ctx;
    const refused = await bindingRefusal(ctx, 'unlink');
    if (refused) return refusal(refused);
    const noun = chatNoun(incoming.chat, ctx.can);
    const removed = await ctx.deps.store.unbind(chatAddress(incoming.chat), `unlinked by ${incoming.user.name}`);
    if (removed.length === 0) return refusal(t.unlinkNoneIn(noun));
    return textReply(t.unlinkedIn(noun, removed.map((b) => b.ownerName ?? t.chair).join(t.listSep)));
  },
};
