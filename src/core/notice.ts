// «رویت شد»: an owner's chat acknowledges the notice of its items. Only the owner's own chat can say it has seen
// what was given to it; the acknowledgement is kept on the share and, like every step, in its history.
import { boundOwnerIds } from './auth.js';
import type { ActorContext } from './followup.js';
import { lookUpItems } from './item-lookup.js';
import type { Store } from './ports.js';

export type SeenOutcome =
  | { kind: 'bad_number'; token: string }
  | { kind: 'not_found'; token: string }
  | { kind: 'not_yours'; number: number }
  | { kind: 'already'; number: number; at: Date; by: string }
  | { kind: 'seen'; number: number; owners: string[] };

/** `/seen 3 5` or the button: every unacknowledged share of this chat's owners in those items, in one write. */
export async function acknowledge(store: Store, ctx: ActorContext, tokens: string[]): Promise<SeenOutcome[]> {
  const mine = boundOwnerIds(ctx.auth);
  const outcomes: SeenOutcome[] = [];
  const ids: number[] = [];
  for (const found of await lookUpItems(store, tokens)) {
    if (found.kind !== 'found') {
      outcomes.push(found);
      continue;
    }
    const { res } = found;
    const own = res.assignments.filter((a) => mine.includes(a.ownerId));
    if (own.length === 0) {
      outcomes.push({ kind: 'not_yours', number: res.publicNumber });
      continue;
    }
    const fresh = own.filter((a) => !a.seenAt);
    if (fresh.length === 0) {
      const first = own[0]!;
      outcomes.push({ kind: 'already', number: res.publicNumber, at: first.seenAt!, by: first.seenBy ?? '' });
      continue;
    }
    ids.push(...fresh.map((a) => a.id));
    outcomes.push({ kind: 'seen', number: res.publicNumber, owners: fresh.map((a) => a.ownerName) });
  }
  if (ids.length > 0) await store.markSeen(ids, ctx.actor, ctx.address, ctx.chat);
  return outcomes;
}
