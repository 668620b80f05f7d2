// The directory of messengers: what each can do, looked up by platform name. A platform it does not know (a
// binding left from a messenger no longer installed) can do nothing beyond plain text in a group.
import type { MessengerCapabilities, MessengerDirectory, MessengerInfo } from './ports.js';
import type { Platform } from './types.js';

/** Plain text in and out of groups, nothing more: the least any messenger does. */
export const PLAIN_TEXT: MessengerCapabilities = {
  receive: true,
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

export function messengerDirectory(infos: readonly MessengerInfo[]): MessengerDirectory {
  const byPlatform = new Map(infos.map((i) => [i.platform, i]));
  return {
    list: () => [...byPlatform.values()],
    get: (platform: Platform) => byPlatform.get(platform),
    capabilities: (platform: Platform) => byPlatform.get(platform)?.capabilities ?? PLAIN_TEXT,
  };
}
