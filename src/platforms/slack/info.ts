// What Slack is and can do, read from configuration without loading Bolt.
import type { Config } from '../../config.js';
import type { MessengerCapabilities, MessengerInfo } from '../../core/ports.js';

export const SLACK_CAPABILITIES: MessengerCapabilities = {
  receive: true,
  buttons: true,
  edit: true,
  sendFiles: true,
  // Minutes are not read from Slack files; they come through the desk or another chat.
  receiveFiles: false,
  startLinks: false,
  groupStartLinks: false,
  // Slash commands are declared in the app's manifest (slack-manifest.yaml), not given at run time.
  commandMenu: false,
  chatNoun: 'channel',
  threads: 'thread',
  // A channel gone shows as a failed send.
  memberUpdates: false,
  singleUser: false,
};

export function slackMessengers(config: Config): MessengerInfo[] {
  return [
    {
      platform: 'slack',
      label: 'Slack',
      configured: Boolean(config.SLACK_BOT_TOKEN),
      capabilities: SLACK_CAPABILITIES,
    },
  ];
}
