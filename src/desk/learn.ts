// Remembering corrected names at the desk. After an import whose owners the secretary corrected in the table,
// or after an owner replaced on a resolution's page by another when the replaced one is left holding nothing
// (a misread name), a form asks with one checkbox each whether the old name should read as the chosen owner
// in later minutes. Only the ticked ones are stored, each recorded; nothing is learned without the form.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { Messages } from '../core/i18n.js';
import { aliasOffers } from '../core/owner-memory.js';
import { matchKey } from '../core/text.js';
import { knownOwner } from '../minutes/preview.js';
import type { ParsedMinutes } from '../minutes/types.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { fields, formLists, judge, refuse } from './form.js';
import { h, type Safe } from './html.js';
import { csrfField, messagePage } from './layout.js';

export interface LearnOffer {
  ownerId: number;
  owner: string;
  spelling: string;
}

/** The form of checkboxes, or nothing when there is nothing to ask. */
export function learnForm(c: DeskContext, offers: LearnOffer[]): Safe | '' {
  if (offers.length === 0 || c.get('session')?.role !== 'secretary') return '';
  const t = c.get('t');
  return h`<form class="card forms" method="post" action="/desk/learn">${csrfField(c)}
<h2>${t.memory.learnTitle}</h2><p class="hint">${t.memory.learnHint}</p>
${offers.map((o) => h`<label class="check"><input type="checkbox" name="learn" value="${o.ownerId}:${o.spelling}">${t.memory.offer(o.spelling, o.owner)}</label>`)}
<div><button type="submit">${t.memory.learnSave}</button></div></form>`;
}

/**
 * What an import's corrections offer to remember: in each row, a name the register did not know when the file
 * was read, replaced by the secretary with an owner that is stored now.
 */
export async function importOffers(c: DeskContext, read: ParsedMinutes, stored: ParsedMinutes): Promise<LearnOffer[]> {
  const store = c.get('app').store;
  const known = knownOwner(read, null);
  const offers: LearnOffer[] = [];
  for (const [i, r] of stored.resolutions.entries()) {
    for (const o of aliasOffers(read.resolutions[i]?.owners ?? [], r.owners)) {
      if (known(o.spelling) !== false) continue;
      const owner = await store.findOwner(o.owner);
      const same = (x: LearnOffer) => x.ownerId === owner?.id && matchKey(x.spelling) === matchKey(o.spelling);
      if (owner && !offers.some(same)) offers.push({ ownerId: owner.id, owner: owner.name, spelling: o.spelling });
    }
  }
  return offers;
}

/** The query a resolution page is opened with after `fromId` was replaced by `toId`, when that was a misreading. */
export async function replacementQuery(c: DeskContext, fromId: number, toId: number): Promise<string> {
  return (await c.get('app').register.isStray(fromId)) ? `learn=${fromId}-${toId}` : '';
}

/** The offer a resolution page's `learn` query names, while the replaced owner still holds nothing. */
export async function replacementOffers(c: DeskContext): Promise<LearnOffer[]> {
  const m = /^(\d+)-(\d+)$/.exec(c.req.query('learn') ?? '');
  if (!m) return [];
  const app = c.get('app');
  const owners = await app.store.listOwners();
  const from = owners.find((o) => o.id === Number(m[1]));
  const to = owners.find((o) => o.id === Number(m[2]));
  if (!from || !to || !(await app.register.isStray(from.id))) return [];
  return [{ ownerId: to.id, owner: to.name, spelling: from.name }];
}

/** The ticked offers, each `<owner id>:<spelling>` as the form wrote it; anything else is a forged or stale form. */
function learnSchema(t: Messages) {
  const f = fields(t);
  const offer = z.pipe(
    f.short(),
    z.transform((v: string, ctx) => {
      const m = /^(\d+):(.+)$/s.exec(v);
      const spelling = m?.[2]?.trim();
      return m && spelling ? { ownerId: Number(m[1]), spelling } : refuse(ctx, t.desk.badForm, v, 'learn');
    }),
  );
  return z.object({ learn: z._default(z.array(offer), []) });
}

export function learnRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  // The secretary's alone: the role guard (roles.ts) refuses the chair before the form is read.
  routes.post('/learn', async (c) => {
    const t = c.get('t');
    const form = judge(learnSchema(t), await formLists(c));
    if (!form.ok) return messagePage(c, t.memory.learnTitle, [form.error], 400);
    const lines: string[] = [];
    for (const { ownerId, spelling } of form.data.learn) {
      const learned = await c.get('app').register.learn(spelling, ownerId, deskActor(c.get('session')!), DESK_ADDRESS);
      if (learned.kind === 'no-owner') lines.push(t.memory.noSuchOwner);
      else lines.push((learned.kind === 'learned' ? t.memory.learned : t.memory.already)(spelling, learned.owner));
    }
    return messagePage(c, t.memory.learnTitle, lines.length ? lines : [t.memory.nothingChosen], 200);
  });
  return routes;
}
