// What Telegram and Bale are and can do, read from configuration without loading grammY: the desk, the command
// line and the handlers ask these, never the messenger's name.
import type { Config } from '../../config.js';
import type { MessengerCapabilities, MessengerInfo } from '../../core/ports.js';
import { DIALECTS, type Messenger } from './dialect.js';

export const TELEGRAM_API_ROOT = 'https://api.telegram.org';

/** What one Bot API dialect can do. */
export function capabilitiesOf(messenger: Messenger): MessengerCapabilities {
  const d = DIALECTS[messenger];
  return {
    receive: true,
    buttons: true,
    edit: true,
    sendFiles: true,
    receiveFiles: true,
    // Telegram documents `?start=` and `?startgroup=`; Bale documents no link that carries a parameter.
    startLinks: d.startLinks,
    groupStartLinks: d.startLinks,
    commandMenu: d.commandMenu,
    chatNoun: 'group',
    threads: d.topics ? 'topic' : null,
    memberUpdates: d.memberUpdates,
    singleUser: false,
  };
}

export function botApiMessengers(config: Config): MessengerInfo[] {
  return [
    {
      platform: 'telegram',
      label: 'Telegram',
      configured: Boolean(config.TELEGRAM_BOT_TOKEN),
      capabilities: capabilitiesOf('telegram'),
      username: config.TELEGRAM_BOT_USERNAME,
      usernameSetting: 'TELEGRAM_BOT_USERNAME',
      inviteLinks: (bot, code) => ({
        privateChat: `https://t.me/${bot}?start=${code}`,
        group: `https://t.me/${bot}?startgroup=${code}`,
      }),
    },
    {
      platform: 'bale',
      label: 'بله · Bale',
      configured: Boolean(config.BALE_BOT_TOKEN),
      capabilities: capabilitiesOf('bale'),
      username: config.BALE_BOT_USERNAME,
      usernameSetting: 'BALE_BOT_USERNAME',
      // Bale's links open a bot's chat (ble.ir/<username>) but carry no start parameter: the code is typed there.
      inviteLinks: (bot) => ({ chat: `https://ble.ir/${bot}` }),
    },
  ];
}
