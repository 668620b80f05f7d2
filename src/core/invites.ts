// Invitations that bind a chat to an owner. A code is twelve letters and digits that cannot be misread for one
// another (no 0/O, 1/I/L), in three groups: short enough to type as `/link <code>` where a platform has no start
// links, and within what Telegram allows in `?start=` (A–Z, a–z, 0–9, _ and -).
import type { MessengerInfo } from './ports.js';
import { toLatinDigits } from './text.js';

export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_DAYS = 7;
const CODE = /^([A-Z2-9]{4})-?([A-Z2-9]{4})-?([A-Z2-9]{4})$/;

/** The invite code in `text` as it is stored (upper case, dashes), or null when `text` is not one. */
export function inviteCode(text: string): string | null {
  const m = CODE.exec(toLatinDigits(text.trim()).toUpperCase());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * What to send an owner so they reach the bot with the code: links that carry it where the messenger has start
 * links, else a link to the bot's chat (where the code is typed), else nothing but the code.
 */
export interface InviteLinks {
  privateChat?: string;
  group?: string;
  chat?: string;
}

/** The links an invite on this messenger sends, when the bot's username is known. */
export function inviteLinks(
  messenger: Pick<MessengerInfo, 'inviteLinks'>,
  botUsername: string | undefined,
  code: string,
): InviteLinks {
  if (!botUsername || !messenger.inviteLinks) return {};
  return messenger.inviteLinks(botUsername.replace(/^@/, ''), code);
}

/** The messengers an invite can be made for: those that say how to reach their bot. */
export function invitePlatforms(messengers: readonly MessengerInfo[]): MessengerInfo[] {
  return messengers.filter((m) => m.inviteLinks);
}

/** The outcome of using an invite in a chat. Only `bound` changed anything. */
export type InviteUse =
  | { kind: 'bound'; owner: string }
  | { kind: 'already'; owner: string }
  | { kind: 'chair'; owner: string }
  | { kind: 'unknown' }
  | { kind: 'used'; at: Date | null }
  | { kind: 'expired'; at: Date }
  | { kind: 'revoked'; at: Date };
