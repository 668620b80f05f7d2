import { chatNoun } from '../src/core/messages/replies.js';
import { chatAddress } from '../src/core/types.js';
import { type Command, refusal, textReply } from './context.js';
import { bindingRefusal } from './link.js';

export const unlinkCommand: Command = {
  name: 'unlink',
  summary: { fa: 'قطع اتصال این گروه', en: 'unbind this chat' },
  async run(ctx) {
    const { t, incoming } = ctx;
    const refused = await bindingRefusal(ctx, 'unlink');
    if (refused) return refusal(refused);
    const noun = chatNoun(incoming.chat);
    const removed = await ctx.deps.store.unbind(chatAddress(incoming.chat), `unlinked by ${incoming.user.name}`);
    if (removed.length === 0) return refusal(t.unlinkNoneIn(noun));
    return textReply(t.unlinkedIn(noun, removed.map((b) => b.ownerName ?? t.chair).join(t.listSep)));
  },
};
