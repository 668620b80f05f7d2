// /owner 7 دبیرخانه replaces item 7's owners; /owner 7 + دبیرخانه adds one; /owner 7 - کمیته فاوا removes one.
// The chair's chat or the secretary only; /undo reverts it. A misread owner replaced by another brings the
// question whether its name should read as the chosen owner from now on.
import { correctOwners } from '../src/core/corrections.js';
import { aliasQuestions } from './alias.js';
import type { CommandHandler } from './context.js';
import { correctionReply } from './correction-reply.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { deps, t } = ctx;
    if (!deps.corrections) return correctionReply(ctx, { kind: 'not_allowed' }, t.fix.ownerUsage);
    const outcome = await correctOwners(deps.store, deps.corrections, ctx, ctx.args);
    return [await correctionReply(ctx, outcome, t.fix.ownerUsage), ...(await aliasQuestions(ctx, outcome))];
  },
};
