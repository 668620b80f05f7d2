// One codec for buttons on every platform: a button carries `action:value` (Telegram's callback data,
// Slack's action id and value, the console's `/press action value`), and only actions peygir made are read
// back.
import type { ActionPress, Button, ButtonAction } from '../core/types.js';

export const BUTTON_ACTIONS: readonly ButtonAction[] = [
  'done',
  'progress',
  'blocked',
  'snooze',
  'import-confirm',
  'import-cancel',
  'alias',
  'seen',
  'approve',
  'decline',
];

export function isButtonAction(s: string): s is ButtonAction {
  return (BUTTON_ACTIONS as readonly string[]).includes(s);
}

export function encodeButton(b: Pick<Button, 'action' | 'value'>): string {
  return `${b.action}:${b.value}`;
}

/** `action:value` back to a press; the value may itself contain colons. Null for anything we did not make. */
export function decodeButton(data: string): Omit<ActionPress, 'messageId'> | null {
  const m = /^([a-z-]{1,32}):(.*)$/s.exec(data);
  return m && isButtonAction(m[1]!) ? { action: m[1], value: m[2]! } : null;
}
