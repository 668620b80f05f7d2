// Invitations that bind a chat to an owner. A code is twelve letters and digits that cannot be misread for one
// another (no 0/O, 1/I/L), in three groups: short enough to type as `/link <code>` where a platform has no start
// links (Bale documents none), and within what Telegram allows in `?start=` (A–Z, a–z, 0–9, _ and -).
import { toLatinDigits } from './text.js';

export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_DAYS = 7;
const CODE = /^([A-Z2-9]{4})-?([A-Z2-9]{4})-?([A-Z2-9]{4})$/;

/** The invite code in `text` as it is stored (upper case, dashes), or null when `text` is not one. */
export function inviteCode(text: string): string | null {
  const m = CODE.exec(toLatinDigits(text.trim()).toUpperCase());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export type InvitePlatform = 'telegram' | 'bale';

/** What to send an owner: links that open the bot with the code where the platform has them, else its chat. */
export function inviteLinks(
  platform: InvitePlatform,
  botUsername: string | undefined,
  code: string,
): { privateChat?: string; group?: string; chat?: string } {
  if (!botUsername) return {};
  const bot = botUsername.replace(/^@/, '');
  if (platform === 'telegram')
    return { privateChat: `https://t.me/${bot}?start=${code}`, group: `https://t.me/${bot}?startgroup=${code}` };
  // Bale's links open a bot's chat (ble.ir/<username>) but carry no start parameter: the code is typed there.
  return { chat: `https://ble.ir/${bot}` };
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
