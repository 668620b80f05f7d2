// The answer to /owner, /deadline and the /undo of either: what the item's owners or deadline are now.
import { formatJalali } from '../src/core/calendar.js';
import { type CorrectionOutcome, ownerNames } from '../src/core/corrections.js';
import type { CorrectionType, ItemState } from '../src/core/item-state.js';
import type { Reply } from '../src/core/types.js';
import { invalidWhen } from './arguments.js';
import { type CommandContext, refusal, textReply } from './context.js';

/** The corrected part of an item, as a reader would say it. */
export async function describe(ctx: CommandContext, type: CorrectionType, state: ItemState): Promise<string> {
  const { t } = ctx;
  if (type === 'owners') {
    const names = ownerNames(state, await ctx.deps.store.listOwners());
    return names.length ? names.join(t.listSep) : t.noOwner;
  }
  if (state.dueDate) return formatJalali(state.dueDate, ctx.lang);
  if (state.dueAtNextMeeting) return t.nextMeetingWord;
  return t.fix.noDeadline;
}

export async function correctionReply(ctx: CommandContext, o: CorrectionOutcome, usage: string): Promise<Reply> {
  const { t } = ctx;
  switch (o.kind) {
    case 'usage':
      return refusal(usage);
    case 'not_allowed':
      return refusal(t.notAllowed);
    case 'bad_number':
      return refusal(t.badNumber(o.token));
    case 'not_found':
      return refusal(t.notFound(t.num(o.token)));
    case 'unknown_owner':
      return refusal(t.fix.unknownOwner(o.name, o.known.join(t.listSep)));
    case 'not_owner':
      return refusal(t.fix.notOwner(o.number, o.name));
    case 'already_owner':
      return refusal(t.fix.alreadyOwner(o.number, o.name));
    case 'bad_date':
      // A date that is no real day says so with the value; other words get the examples.
      return invalidWhen(ctx, [o.text]) ?? refusal(t.fix.badDate(o.text, ctx.example));
    case 'unchanged':
      return refusal(t.fix.unchanged(o.number));
    case 'changed': {
      const now = await describe(ctx, o.type, o.after);
      const line = o.type === 'owners' ? t.fix.ownersSet(o.number, now) : t.fix.deadlineSet(o.number, now);
      return textReply(line, t.fix.undoHint);
    }
  }
}
