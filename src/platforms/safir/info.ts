// What Bale's Safir can do: send plain text to a phone number, and nothing else — nobody writes to peygir
// through it, it has no buttons, no files and no links to start a chat. Kept apart from its client, which is
// loaded only when Safir is configured.
import type { Config } from '../../config.js';
import { PLAIN_TEXT } from '../../core/messengers.js';
import type { MessengerCapabilities, MessengerInfo } from '../../core/ports.js';

/** Plain text out, nothing in. */
export const SAFIR_CAPABILITIES: MessengerCapabilities = { ...PLAIN_TEXT, receive: false };

export function safirMessengers(config: Config): MessengerInfo[] {
  return [
    {
      platform: 'safir',
      label: 'سفیر بله · Safir',
      configured: !!(config.SAFIR_API_KEY && config.SAFIR_BOT_ID),
      capabilities: SAFIR_CAPABILITIES,
    },
  ];
}
