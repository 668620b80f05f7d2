// What Bale's Safir can do: send plain text to a phone number, and nothing else — nobody writes to peygir
// through it, it has no buttons, no files and no links to start a chat. Kept apart from its client, which is
// loaded only when Safir is configured.
import type { Config } from '../../config.js';
import type { MessengerCapabilities, MessengerInfo } from '../../core/ports.js';

export const SAFIR_CAPABILITIES: MessengerCapabilities = {
  receive: false,
  buttons: false,
  edit: false,
  sendFiles: false,
  receiveFiles: false,
  startLinks: false,
  groupStartLinks: false,
  commandMenu: false,
  chatNoun: 'group',
  threads: null,
  memberUpdates: false,
  singleUser: false,
};

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
