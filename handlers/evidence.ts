// A document or photo sent with /done (as its caption, or in reply to a reminder): fetched through the platform's
// adapter, checked (size, type) before anything changes, and kept for the chat's shares of the items it names.

import { checkEvidence, precheck } from '../src/core/evidence.js';
import { actingAssignments } from '../src/core/followup.js';
import type { IncomingFile, Reply } from '../src/core/types.js';
import { type CommandContext, refusal } from './context.js';

export interface CheckedFile {
  name: string;
  mime: string;
  sha256: string;
  data: Buffer;
}

/** The file checked and loaded, or the refusal that says why it is not taken (nothing is changed then). */
export async function loadEvidence(ctx: CommandContext, file: IncomingFile): Promise<CheckedFile | Reply> {
  const { t, deps } = ctx;
  if (!deps.evidence) return refusal(t.notAllowed);
  const { limits } = deps.evidence;
  const refuse = (kind: 'too_large' | 'bad_type') =>
    kind === 'too_large'
      ? refusal(t.acc.tooLarge(file.name, Math.round(limits.maxBytes / 1024 / 1024)))
      : refusal(t.acc.badType(file.name, limits.types.join(t.listSep)));
  const early = precheck(file, limits);
  if (early && !early.ok) return refuse(early.kind);
  const data = await file.load();
  const checked = checkEvidence(file.name, data, limits);
  if (!checked.ok) return refuse(checked.kind);
  return { name: file.name, mime: checked.mime, sha256: checked.sha256, data };
}

/** Keeps the file for this chat's shares of the items numbered; returns the line that says so, or null. */
export async function keepEvidence(
  ctx: CommandContext,
  numbers: number[],
  file: CheckedFile,
  note: string | null,
): Promise<string | null> {
  const store = ctx.deps.evidence?.store;
  if (!store) return null;
  const shares: number[] = [];
  for (const number of new Set(numbers)) {
    const res = await ctx.deps.store.getResolution({ kind: 'number', number });
    if (res) shares.push(...(actingAssignments(res, ctx.auth) ?? []).map((a) => a.id));
  }
  if (shares.length === 0) return null;
  await store.keep({ ...file, note }, shares, ctx.actor, ctx.address);
  return ctx.t.acc.evidenceKept(file.name);
}
