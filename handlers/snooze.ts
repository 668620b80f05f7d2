// /snooze N 3d or /snooze N ۱۴۰۱/۰۸/۱۰ silences item N's reminders for this chat's committees (every owner
// from the chair's chat). The 💤 button under a reminder snoozes for one work day.
import { boundOwnerIds, hasCouncilRights } from '../src/core/auth.js';
import { addDays, formatJalali, parseUserDate, zonedInstant } from '../src/core/calendar.js';
import { parseItemRef } from '../src/core/numbers.js';
import { isClosed } from '../src/core/status.js';
import { toLatinDigits } from '../src/core/text.js';
import { type CommandContext, type CommandHandler, refusal, textReply } from './context.js';

/** The civil date reminders resume on, or null when the argument cannot be read. */
async function resumeDate(ctx: CommandContext, arg: string | undefined): Promise<string | null> {
  // One work day: quiet through the next work day.
  if (!arg) return (await ctx.deps.reminders.calendar()).addWorkDays(ctx.today, 2);
  const m = /^(\d{1,3})\s*(d|day|days|روز|w|week|weeks|هفته)$/i.exec(toLatinDigits(arg));
  if (m) return addDays(ctx.today, Number(m[1]) * (/^(w|هفته)/i.test(m[2]!) ? 7 : 1));
  const date = parseUserDate(arg);
  return date && date >= ctx.today ? addDays(date, 1) : null;
}

export const handler: CommandHandler = {
  async run(ctx) {
    const { t, deps } = ctx;
    const [numberWord, ...rest] = ctx.args.split(/\s+/).filter(Boolean);
    const ref = numberWord ? parseItemRef(numberWord) : null;
    if (!ref) return refusal(t.remind.snoozeUsage);
    const ownerIds = boundOwnerIds(ctx.auth);
    const council = hasCouncilRights(ctx.auth);
    if (ownerIds.length === 0 && !council) return refusal(t.notLinked);
    const res = await deps.store.getResolution(ref);
    if (!res) return refusal(t.notFound(t.num(numberWord!)));
    const ours = res.assignments.filter((a) => (ownerIds.length > 0 ? ownerIds.includes(a.ownerId) : council));
    const mine = ours.filter((a) => !isClosed(a.status));
    // The chat's share is finished: say so, rather than that the item is someone else's.
    if (mine.length === 0 && ours.length > 0)
      return refusal(t.snoozeClosed(res.publicNumber, t.status[ours[0]!.status]));
    if (mine.length === 0) return refusal(t.notYours(res.publicNumber));
    const resume = await resumeDate(ctx, rest.join(' ') || undefined);
    if (!resume) return refusal(t.remind.snoozeUsage);
    await deps.reminders.snooze(
      mine.map((a) => a.id),
      zonedInstant(resume, '00:00', deps.timeZone),
    );
    const until = formatJalali(addDays(resume, -1), ctx.lang);
    const owners = mine.map((a) => a.ownerName).join(t.listSep);
    return textReply(t.remind.snoozed(res.publicNumber, owners, until));
  },
};
