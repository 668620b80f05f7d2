// After /owner replaced a misread owner by another: the offer to read the old name as the chosen owner from
// now on, with Yes / No buttons, and the answer to them. Only who may correct owners may answer; nothing is
// remembered without a Yes.
import { hasCouncilRights } from '../src/core/auth.js';
import type { CorrectionOutcome } from '../src/core/corrections.js';
import { aliasOffers } from '../src/core/owner-memory.js';
import type { Reply } from '../src/core/types.js';
import { type CommandContext, refusal, textReply } from './context.js';

/**
 * The questions an owner correction raises: one per owner taken off that now holds nothing (no item, no chat),
 * as a misread name does, and that the correction replaced by another.
 */
export async function aliasQuestions(ctx: CommandContext, outcome: CorrectionOutcome): Promise<Reply[]> {
  const memory = ctx.deps.memory;
  if (!memory || outcome.kind !== 'changed' || outcome.type !== 'owners') return [];
  const known = await ctx.deps.store.listOwners();
  const live = (owners: typeof outcome.before.owners) =>
    owners.filter((o) => o.status !== 'cancelled').map((o) => known.find((k) => k.id === o.ownerId)!);
  const before = live(outcome.before.owners);
  const after = live(outcome.after.owners);
  const questions: Reply[] = [];
  for (const offer of aliasOffers(
    before.map((o) => o.name),
    after.map((o) => o.name),
  )) {
    const from = before.find((o) => o.name === offer.spelling)!;
    const to = after.find((o) => o.name === offer.owner)!;
    if (!(await memory.isStray(from.id))) continue;
    const value = `${from.id}:${to.id}`;
    questions.push({
      blocks: [{ type: 'text', text: ctx.t.memory.offer(from.name, to.name) }],
      buttons: [
        { label: ctx.t.memory.yes, action: 'alias', value: `yes:${value}` },
        { label: ctx.t.memory.no, action: 'alias', value: `no:${value}` },
      ],
    });
  }
  return questions;
}

/** A press of Yes or No under the question. */
export async function answerAlias(ctx: CommandContext, value: string): Promise<Reply> {
  const { t, deps } = ctx;
  if (!hasCouncilRights(ctx.auth) || !deps.memory) return refusal(t.notAllowed);
  const m = /^(yes|no):(\d+):(\d+)$/.exec(value);
  const known = m ? await deps.store.listOwners() : [];
  const from = known.find((o) => o.id === Number(m?.[2]));
  const to = known.find((o) => o.id === Number(m?.[3]));
  if (!from || !to) return refusal(t.memory.noSuchOwner);
  if (m![1] === 'no') return { ...textReply(t.memory.declined(from.name)), replaceOriginal: true };
  const learned = await deps.memory.learn(from.name, to.id, ctx.actor, ctx.address);
  if (learned.kind === 'no-owner') return refusal(t.memory.noSuchOwner);
  const line = learned.kind === 'learned' ? t.memory.learned(from.name, to.name) : t.memory.already(from.name, to.name);
  return { ...textReply(line), replaceOriginal: true };
}
