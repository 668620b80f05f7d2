// Who an owner reaches, on its page: each bound chat with the last reminder sent there and whether it arrived,
// or the mark that nobody is reminded; and its invites, which the secretary makes (the code shown once, with
// the links to send) and revokes. Every invite made, used or revoked is in the owner's history.
import { Hono } from 'hono';
import { safirConfigured } from '../config.js';
import { INVITE_DAYS, inviteLinks, invitePlatforms } from '../core/invites.js';
import { displayPhone, safirPhone } from '../core/phone.js';
import type { MessengerInfo } from '../core/ports.js';
import { type InviteRow, inviteState } from '../db/invites.js';
import { SAFIR } from '../db/owner-phones.js';
import type { RecordChangeEntry } from '../db/record-changes.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { afterWrite, formValues } from './form.js';
import { h, type Safe } from './html.js';
import { csrfField, messagePage, page } from './layout.js';
import { when } from './resolution-page.js';

const UNDELIVERED = ['failed', 'dead', 'lost'];

/** The bot's username for links: configured, else what the running bot said of itself. */
function botUsername(c: DeskContext, messenger: MessengerInfo): string | undefined {
  return messenger.username ?? c.get('app').status.usernames.get(messenger.platform);
}

/** The messengers an invite can be made for, in the registry's order. */
const invitable = (c: DeskContext) => invitePlatforms(c.get('app').messengers.list());

type BindingRow = { id: number; title: string | null; address: string; platform: string; chatId: string };

/** The owner's phone number as people write it, in the page's digits. */
const shownPhone = (c: DeskContext, stored: string) => displayPhone(stored, c.get('lang'));

/**
 * The owner's chats, each with its last reminder; or its phone number when Safir reaches it there; or the mark
 * that its items are reminded to nobody. Then, for the secretary, the phone number's form.
 */
export async function reachSection(
  c: DeskContext,
  bindings: BindingRow[],
  ownerId: number,
  phoneForm?: { error: string; typed: string },
): Promise<Safe> {
  const t = c.get('t');
  const d = t.deskInvites;
  const safirOn = safirConfigured(c.get('app').config);
  const chats = bindings.filter((b) => b.platform !== SAFIR);
  const phone = bindings.find((b) => b.platform === SAFIR);
  const form = phoneSection(c, ownerId, phone, phoneForm);
  if (chats.length === 0 && !(phone && safirOn)) {
    const why = phone ? d.safirOff(shownPhone(c, phone.chatId)) : d.noChat;
    return h`<p class="error"><strong>${t.invite.unreached}</strong> — ${why}</p>${form}`;
  }
  const reaching = chats.length > 0 ? chats : [phone!];
  const standby =
    chats.length > 0 && phone ? h`<p class="hint">${d.safirStandby(shownPhone(c, phone.chatId))}</p>` : '';
  return h`${await lastReminders(c, reaching)}${standby}${form}`;
}

/** The secretary's form for the owner's phone number (others see the number in the lines above). */
function phoneSection(
  c: DeskContext,
  ownerId: number,
  phone: BindingRow | undefined,
  failed?: { error: string; typed: string },
): Safe | '' {
  if (c.get('session')?.role !== 'secretary') return '';
  const d = c.get('t').deskInvites;
  const value = failed ? failed.typed : phone ? displayPhone(phone.chatId, c.get('lang'), false) : '';
  return h`<form method="post" action="/desk/owners/${ownerId}/phone" id="phone">${csrfField(c)}<label>${d.phone}<input type="tel" name="phone" dir="ltr" inputmode="tel" autocomplete="off" value="${value}"></label><p class="hint">${d.phoneHint}</p>${failed ? h`<p class="error" role="alert">${failed.error}</p>` : ''}<button type="submit">${d.phoneSave}</button></form>`;
}

/** Each chat (or the phone number) with the last reminder sent there and whether it arrived. */
async function lastReminders(c: DeskContext, chats: BindingRow[]): Promise<Safe> {
  const d = c.get('t').deskInvites;
  const prisma = c.get('app').store.prisma;
  const name = (b: BindingRow) =>
    b.platform === SAFIR ? h`<strong>${d.viaSafir(shownPhone(c, b.chatId))}</strong>` : (b.title ?? b.address);
  const lines = await Promise.all(
    chats.map(async (b) => {
      const last = await prisma.reminderOccurrence.findFirst({
        where: { bindingId: b.id, state: { not: 'skipped' } },
        orderBy: { id: 'desc' },
      });
      if (!last) return h`<li>${name(b)}: ${d.neverReminded}</li>`;
      const at = when(c, last.sentAt ?? last.claimedAt ?? last.dueAt);
      const state =
        last.state === 'sent'
          ? d.delivered(at)
          : UNDELIVERED.includes(last.state)
            ? d.notDelivered(at, last.error ?? last.state)
            : d.pending(at);
      return h`<li>${name(b)}: ${state}</li>`;
    }),
  );
  return h`<ul>${lines}</ul>`;
}

function inviteLine(c: DeskContext, i: InviteRow): string {
  const d = c.get('t').deskInvites;
  const state = inviteState(i, c.get('app').clock.now());
  if (state === 'revoked') return d.stateRevoked(i.hint, when(c, i.revokedAt!));
  if (state === 'used') return d.stateUsed(i.hint, when(c, i.usedAt ?? i.createdAt), i.usedIn ?? '');
  if (state === 'expired') return d.stateExpired(i.hint, when(c, i.expiresAt));
  return d.stateOpen(i.hint, when(c, i.expiresAt));
}

/** The owner's invites, with the secretary's forms to make one and to revoke an open one. */
export async function invitesSection(c: DeskContext, ownerId: number, error?: string): Promise<Safe> {
  const t = c.get('t');
  const d = t.deskInvites;
  const app = c.get('app');
  const secretary = c.get('session')?.role === 'secretary';
  const invites = await app.invites.list(ownerId);
  const now = app.clock.now();
  const revoke = (i: InviteRow) =>
    secretary && inviteState(i, now) === 'open'
      ? h` <form class="inline" method="post" action="/desk/owners/${ownerId}/invites/${i.id}/revoke">${csrfField(c)}<button type="submit" class="quiet">${d.revoke}</button></form>`
      : '';
  const list = invites.length
    ? h`<ul>${invites.map((i) => h`<li>${inviteLine(c, i)}${revoke(i)}</li>`)}</ul>`
    : h`<p>${d.noInvites}</p>`;
  const form = secretary
    ? h`<form method="post" action="/desk/owners/${ownerId}/invite">${csrfField(c)}<label>${d.platform}<select name="platform">${invitable(c).map((m) => h`<option value="${m.platform}">${m.label}</option>`)}</select></label><label>${d.days}<input type="number" name="days" min="1" max="90" value="${String(INVITE_DAYS)}"></label>${error ? h`<p class="error" role="alert">${error}</p>` : ''}<button type="submit">${d.create}</button></form>`
    : '';
  return h`<section class="card" id="invites"><h2>${d.invites}</h2><p class="hint">${d.invitesHint}</p>${c.req.query('revoked') === '1' ? h`<p class="flash" role="status">${d.revokedFlash}</p>` : ''}${list}${form}</section>`;
}

/** A phone number's line in the owner's history. */
export function phoneChangeLine(c: DeskContext, e: RecordChangeEntry): string {
  const d = c.get('t').deskInvites;
  const at = when(c, e.createdAt);
  const who = e.actorName ?? e.actorId;
  if (!e.toValue) return d.phoneRemoved(at, who, shownPhone(c, e.fromValue ?? ''));
  if (!e.fromValue) return d.phoneSet(at, who, shownPhone(c, e.toValue));
  return d.phoneChanged(at, who, shownPhone(c, e.fromValue), shownPhone(c, e.toValue));
}

/** The secretary sets, changes or (with an empty field) removes an owner's phone number. */
export function phoneRoutes(
  ownerPage: (c: DeskContext, id: number, failed: { error: string; typed: string }) => Promise<Response>,
) {
  const routes = new Hono<DeskEnv>();
  routes.post('/owners/:id{[0-9]+}/phone', async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const owner = await app.store.prisma.owner.findFirst({ where: { id, councilId: app.councilId } });
    if (!owner) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
    const typed = String((await formValues(c)).phone ?? '');
    const phone = typed.trim() ? safirPhone(typed) : null;
    if (typed.trim() && !phone) return ownerPage(c, id, { error: t.deskInvites.badPhone, typed });
    const changed = await app.store.rebinding(() =>
      app.phones.set(id, phone, deskActor(c.get('session')!), DESK_ADDRESS),
    );
    return afterWrite(c, `/desk/owners/${id}`, changed, '#reach');
  });
  return routes;
}

/** An invite's line in the owner's history. */
export function inviteChangeLine(c: DeskContext, e: RecordChangeEntry): string {
  const d = c.get('t').deskInvites;
  const at = when(c, e.createdAt);
  const who = e.actorName ?? e.actorId;
  if (e.toValue === 'revoked') return d.inviteRevoked(at, who);
  const v = JSON.parse(e.toValue ?? '{}') as { made?: string; usedIn?: string; title?: string | null };
  if (v.usedIn) return d.inviteUsed(at, who, v.title ?? v.usedIn);
  return d.inviteMade(at, who, v.made === 'any' || !v.made ? d.any : v.made);
}

function createdPage(
  c: DeskContext,
  ownerId: number,
  owner: string,
  messenger: MessengerInfo,
  code: string,
  expiresAt: Date,
) {
  const d = c.get('t').deskInvites;
  const username = botUsername(c, messenger);
  const links = inviteLinks(messenger, username, code);
  const link = (label: string, url: string) => h`<p>${label} <a href="${url}"><bdi>${url}</bdi></a></p>`;
  const body = h`<div class="card"><p><strong>${d.code(code)}</strong></p><p class="hint">${d.once}</p>
${links.privateChat ? link(d.privateLink, links.privateChat) : ''}${links.group ? link(d.groupLink, links.group) : ''}
${links.chat ? h`<p>${d.baleChat(links.chat, code)}</p>` : ''}${username ? '' : h`<p>${d.typed(code)}</p>`}
<p>${d.until(when(c, expiresAt))}</p><p><a href="/desk/owners/${ownerId}#invites">${d.back}</a></p></div>`;
  return page(c, d.createdTitle(owner), body);
}

export function inviteRoutes(ownerPage: (c: DeskContext, id: number, inviteError?: string) => Promise<Response>) {
  const routes = new Hono<DeskEnv>();
  routes.post('/owners/:id{[0-9]+}/invite', async (c) => {
    const app = c.get('app');
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const owner = await app.store.prisma.owner.findFirst({ where: { id, councilId: app.councilId } });
    if (!owner) return messagePage(c, t.desk.notFound, [t.desk.notFound], 404);
    const values = await formValues(c);
    const messenger = invitable(c).find((m) => m.platform === values.platform);
    if (!messenger) return ownerPage(c, id, t.deskInvites.badPlatform);
    const days = Number(values.days || INVITE_DAYS);
    if (!Number.isInteger(days) || days < 1 || days > 90) return ownerPage(c, id, t.deskInvites.badDays);
    const actor = deskActor(c.get('session')!);
    const { code, invite } = await app.invites.issue(id, messenger.platform, actor, DESK_ADDRESS, { days });
    // The code is shown on this answer only: it is not stored, so no redirect could show it again.
    c.header('Cache-Control', 'no-store');
    return createdPage(c, id, owner.name, messenger, code, invite.expiresAt);
  });
  routes.post('/owners/:id{[0-9]+}/invites/:invite{[0-9]+}/revoke', async (c) => {
    const app = c.get('app');
    const id = Number(c.req.param('id'));
    const inviteId = Number(c.req.param('invite'));
    const found = await app.store.prisma.invite.findFirst({
      where: { id: inviteId, ownerId: id, councilId: app.councilId },
    });
    if (!found) return messagePage(c, c.get('t').desk.notFound, [c.get('t').desk.notFound], 404);
    const revoked = await app.invites.revoke(inviteId, deskActor(c.get('session')!), DESK_ADDRESS);
    if (!revoked) return ownerPage(c, id, c.get('t').deskInvites.notOpen);
    return c.redirect(`/desk/owners/${id}?revoked=1#invites`, 303);
  });
  return routes;
}
