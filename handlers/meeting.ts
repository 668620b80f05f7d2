// /meeting ۱۴۰۱/۰۸/۱۰ ۰۸:۳۰ sets when the next meeting starts (chair's chat or secretary); /meeting alone
// shows it. The chair's follow-up digest and "next meeting" deadlines follow it. A past date, a Friday or a
// holiday is set only when the same command comes again with a confirming word (…۰۸:۳۰ تأیید).
import { hasCouncilRights, isUnlinked } from '../src/core/auth.js';
import { civilDate, formatJalali, formatJalaliLong, parseUserDate, zonedInstant } from '../src/core/calendar.js';
import { dayOffNote } from '../src/core/schedule/days-off.js';
import { isConfirmWord, meetingDoubt } from '../src/core/schedule/meeting-date.js';
import { parseTime } from '../src/core/schedule/settings.js';
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
      return textReply(nextMeetingAt ? t.remind.meetingIs(describe(ctx, nextMeetingAt)) : t.remind.meetingNone);
    }
    if (!hasCouncilRights(ctx.auth)) return refusal(t.notAllowed);
    const date = parseUserDate(dateWord);
    const time = timeWord ? parseTime(timeWord) : '08:00';
    if (!date || !time) return refusal(t.remind.meetingUsage);
    const at = zonedInstant(date, time, deps.timeZone);
    const calendar = await deps.reminders.calendar();
    const doubt = meetingDoubt(date, at, deps.clock.now(), calendar, deps.timeZone);
    if (doubt && !confirmed) {
      const command = `/meeting ${dateWord} ${timeWord ?? t.num('08:00')} ${ctx.lang === 'fa' ? 'تأیید' : 'confirm'}`;
      // A day off is named, and marked when its year's days off are only estimated.
      const note =
        doubt === 'holiday'
          ? ` ${dayOffNote({ reasons: calendar.reasons(date), estimated: calendar.isEstimated(date) }, ctx.lang)}`
          : '';
      return textReply(t.remind.meetingConfirm(t.remind.meetingDoubt[doubt] + note, describe(ctx, at), command));
    }
    await deps.store.setNextMeeting(at, { actor: ctx.actor, via: ctx.address });
    return textReply(t.remind.meetingSet(describe(ctx, at)));
  },
};
