// /meeting ۱۴۰۱/۰۸/۱۰ ۰۸:۳۰ sets when the next meeting starts (chair's chat or secretary); /meeting alone
// shows it. The chair's follow-up digest and "next meeting" deadlines follow it. A past date, a Friday or a
// holiday is set only when the same command comes again with a confirming word (…۰۸:۳۰ تأیید).
import { hasCouncilRights, isUnlinked } from '../src/core/auth.js';
import { civilDate, formatJalali, formatJalaliLong, zonedInstant } from '../src/core/calendar.js';
import { readDateArg, readTimeArg } from '../src/core/date-arg.js';
import { dayOffNote } from '../src/core/schedule/days-off.js';
import { isConfirmWord, meetingDoubt } from '../src/core/schedule/meeting-date.js';
import { invalidWhen } from './arguments.js';
import { type CommandContext, type CommandHandler, refusal, textReply } from './context.js';

function describe(ctx: CommandContext, at: Date): string {
  const tz = ctx.deps.timeZone;
  const time = at.toLocaleTimeString('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit' });
  const date = civilDate(at, tz);
  // The council's calendar is Jalali in either language; English readers get the Gregorian day beside it.
  return ctx.lang === 'fa'
    ? `${formatJalaliLong(date)}، ساعت ${ctx.t.num(time)}`
    : `${formatJalali(date, 'en')} (${date}) ${time}`;
}

export const handler: CommandHandler = {
  async run(ctx) {
    const { t, deps } = ctx;
    const words = ctx.args.split(/\s+/).filter(Boolean);
    const confirmed = isConfirmWord(words.at(-1));
    if (confirmed) words.pop();
    const [dateWord, timeWord] = words;
    if (!dateWord) {
      if (isUnlinked(ctx.auth)) return refusal(t.notLinked);
      const { nextMeetingAt } = await deps.store.getCouncil();
      return textReply(
        nextMeetingAt ? t.remind.meetingIs(describe(ctx, nextMeetingAt)) : t.remind.meetingNone(ctx.example),
      );
    }
    if (!hasCouncilRights(ctx.auth)) return refusal(t.notAllowed);
    const invalid = invalidWhen(ctx, [dateWord, timeWord]);
    if (invalid) return invalid;
    const day = readDateArg(dateWord);
    const at = timeWord ? readTimeArg(timeWord) : { time: '08:00' };
    if (!day || !at || 'invalid' in day || 'invalid' in at) return refusal(t.remind.meetingUsage(ctx.example));
    const { date } = day;
    const { time } = at;
    const when = zonedInstant(date, time, deps.timeZone);
    const calendar = await deps.reminders.calendar();
    const doubt = meetingDoubt(date, when, deps.clock.now(), calendar, deps.timeZone);
    if (doubt && !confirmed) {
      const command = `/meeting ${dateWord} ${timeWord ?? t.num('08:00')} ${ctx.lang === 'fa' ? 'تأیید' : 'confirm'}`;
      // A day off is named, and marked when its year's days off are only estimated.
      const note =
        doubt === 'holiday'
          ? ` ${dayOffNote({ reasons: calendar.reasons(date), estimated: calendar.isEstimated(date) }, ctx.lang)}`
          : '';
      return textReply(t.remind.meetingConfirm(t.remind.meetingDoubt[doubt] + note, describe(ctx, when), command));
    }
    await deps.store.setNextMeeting(when, { actor: ctx.actor, via: ctx.address });
    return textReply(t.remind.meetingSet(describe(ctx, when)));
  },
};
