// /schedule: the reminder settings (defaults and each committee's own); /schedule <committee> <change>
// changes one committee's, e.g. `/schedule کمیته فاوا weekly sun 10:00`, `due-soon 5`, `off`,
// `pause ۱۴۰۵/۰۱/۱۵`, `resume`. Chair's chat or the secretary only; each change is recorded in the owner's
// history (the desk's owner page shows it). The quiet modes anyone may choose for their own chat or
// themselves are in quiet.ts.
import { hasCouncilRights } from '../src/core/auth.js';
import { civilDate } from '../src/core/calendar.js';
import { matchOwner } from '../src/core/owners.js';
import { daysOffAhead, daysOffLine } from '../src/core/schedule/days-off.js';
import { parseSettingChange } from '../src/core/schedule/settings.js';
import { type CommandHandler, refusal, textReply } from './context.js';
import { quietChange, quietLines } from './quiet.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t, deps } = ctx;
    const admin = deps.reminders;
    const words = ctx.args.split(/\s+/).filter(Boolean);
    const quiet = await quietChange(ctx, words);
    if (quiet) return quiet;
    if (!hasCouncilRights(ctx.auth)) return refusal(t.notAllowed);
    if (!admin) return refusal(t.tryAgain);
    const owners = await deps.store.listOwners();
    if (words.length === 0) {
      const overrides = await admin.overrides();
      const lines = [t.remind.scheduleDefault(t.remind.settingsLine(admin.defaults))];
      for (const o of owners) {
        const s = overrides.get(o.id);
        if (s) lines.push(`• ${t.remind.scheduleOwner(o.name, t.remind.settingsLine(s))}`);
      }
      const today = civilDate(deps.clock.now(), deps.timeZone);
      lines.push(daysOffLine(daysOffAhead(await admin.calendar(), today, 60), ctx.lang));
      lines.push(...(await quietLines(ctx)), t.remind.scheduleUsage, t.quietUsage);
      return {
        blocks: [
          { type: 'heading', text: t.remind.scheduleTitle },
          ...lines.map((text) => ({ type: 'text' as const, text })),
        ],
      };
    }
    // The committee's name is as many leading words as leave a readable change after them.
    for (let k = words.length - 1; k >= 1; k--) {
      const change = parseSettingChange(words.slice(k));
      if (!change) continue;
      const name = words.slice(0, k).join(' ');
      const m = matchOwner(name, owners);
      if (m.kind === 'none') return refusal(t.remind.scheduleUnknown(name));
      if (change.pausedUntil && change.pausedUntil < ctx.today) return refusal(t.pausePast(change.pausedUntil));
      const settings = await admin.update(m.owner.id, change, { actor: ctx.actor, via: ctx.address });
      return textReply(t.remind.scheduleSaved(m.owner.name, t.remind.settingsLine(settings)));
    }
    return refusal(t.remind.scheduleUsage);
  },
};
