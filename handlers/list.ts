// /list: this chat's open items, numbered, with owners, due dates and buttons.
import { boundOwnerIds, hasCouncilRights } from '../src/core/auth.js';
import { itemBlock } from '../src/core/format.js';
import type { Block } from '../src/core/types.js';
import { type CommandHandler, refusal, textReply } from './context.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t, deps } = ctx;
    const ownerIds = boundOwnerIds(ctx.auth);
    const council = hasCouncilRights(ctx.auth);
    if (ownerIds.length === 0 && !council) return refusal(t.notLinked);
    const who =
      ownerIds.length > 0
        ? ctx.auth.bindings
            .filter((b) => b.ownerName)
            .map((b) => b.ownerName)
            .join(t.listSep)
        : t.chair;
    const items = await deps.store.listResolutions({
      ownerIds: ownerIds.length > 0 ? ownerIds : undefined,
      openOnly: true,
    });
    if (items.length === 0) return textReply(t.listEmpty(who));
    const blocks: Block[] = [{ type: 'heading', text: t.listTitle(who) }];
    for (const r of items)
      blocks.push(itemBlock(r, ctx.lang, { today: ctx.today, buttons: true, highlightOwnerIds: ownerIds }));
    return { blocks, items: items.map((r) => r.publicNumber), kind: 'list' };
  },
};
