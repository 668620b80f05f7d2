// The quiet modes of /schedule that anyone may choose for themselves: a committee chat takes the weekly
// digest only (`/schedule digest`, back with `/schedule all`), a person mutes their own @-mentions
// (`/schedule mute`, `/schedule unmute`). The chair's pause is a committee setting (see schedule.ts).
import { boundOwnerIds, isUnlinked } from '../src/core/auth.js';
import type { Reply } from '../src/core/types.js';
import { type CommandContext, refusal, textReply } from './context.js';
import { bindingRefusal } from './link.js';

const DIGEST: Record<string, boolean> = { digest: true, 'digest-only': true, خلاصه: true, all: false, همه: false };
const MUTE: Record<string, boolean> = { mute: true, بی‌صدا: true, بیصدا: true, unmute: false, باصدا: false };

/** The reply when the words are a quiet-mode change, else null (a committee setting or the overview). */
export async function quietChange(ctx: CommandContext, words: string[]): Promise<Reply | null> {
  const word = words.length === 1 ? words[0]!.toLowerCase() : '';
  const admin = ctx.deps.reminders;
  if (!admin || !(word in DIGEST || word in MUTE)) return null;
  const { t, actor } = ctx;
  if (word in MUTE) {
    if (isUnlinked(ctx.auth)) return refusal(t.notLinked);
    await admin.setMutedMentions({ platform: actor.platform, userId: actor.userId }, MUTE[word]!);
    return { ...textReply(MUTE[word] ? t.mutedOn(actor.name) : t.mutedOff(actor.name)), private: true };
  }
  if (boundOwnerIds(ctx.auth).length === 0) return refusal(t.notLinked);
  // What a committee chat hears is its administrators' choice, as binding it was.
  const refused = await bindingRefusal(ctx, 'schedule');
  if (refused) return refusal(refused);
  const owners = (await admin.setDigestOnly(ctx.address, DIGEST[word]!)).join(t.listSep);
  return textReply(DIGEST[word] ? t.digestOn(owners) : t.digestOff(owners));
}

/** Lines for the /schedule overview: digest-only chats and muted people, when there are any. */
export async function quietLines(ctx: CommandContext): Promise<string[]> {
  const { t } = ctx;
  const quiet = await ctx.deps.reminders!.quiet();
  const lines: string[] = [];
  if (quiet.digestOnly.length > 0) {
    const chats = quiet.digestOnly.map((c) =>
      c.title ? `${t.chatOfOwner(c.owner)} «${c.title}»` : t.chatOfOwner(c.owner),
    );
    lines.push(t.digestOnlyLine(chats.join(t.listSep)));
  }
  if (quiet.muted.length > 0) lines.push(t.mutedLine(quiet.muted.join(t.listSep)));
  return lines;
}
