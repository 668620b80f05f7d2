// peygir invite <owner> --platform telegram|bale [--days 7] [--uses 1]: an invite that binds the chat it is
// used in to the owner, printed with what to send the owner. The code is shown once; only its hash is kept.
// The platforms are those of the messenger registry that say how to reach their bot.
import type { Config } from '../config.js';
import { formatJalaliDateTime } from '../core/calendar.js';
import { inviteLinks, invitePlatforms } from '../core/invites.js';
import type { MessengerInfo } from '../core/ports.js';
import { directoryOf, MESSENGERS } from '../platforms/index.js';
import { withApp } from './app.js';
import { type CliCommand, CliError, option, positional } from './types.js';

/** The messengers an invite can be made for, as the registry describes them without a configuration. */
const INVITABLE = invitePlatforms(directoryOf(MESSENGERS, {} as Config).list()).map((m) => m.platform);
const USAGE = `invite <owner> --platform ${INVITABLE.join('|')} [--days 7] [--uses 1]`;

function count(args: string[], name: string, max: number): number | undefined {
  const v = option(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliError(`--${name} takes a whole number from 1 to ${max}`);
  return n;
}

export const inviteCli: CliCommand = {
  name: 'invite',
  usage: `${USAGE}   a link or code that binds a chat to an owner`,
  async run(args, io) {
    const platform = option(args, 'platform');
    if (!platform || !INVITABLE.includes(platform)) throw new CliError(`usage: peygir ${USAGE}`);
    const days = count(args, 'days', 90);
    const uses = count(args, 'uses', 100);
    const name = positional(args, ['platform', 'days', 'uses']).join(' ').trim();
    if (!name) throw new CliError(`usage: peygir ${USAGE}`);
    return withApp(async (app) => {
      const owner = await app.store.findOwner(name);
      if (!owner) {
        const known = (await app.store.listOwners()).map((o) => o.name).join(', ') || 'none yet';
        throw new CliError(`no owner is called "${name}" (owners: ${known}); register it with: peygir owners add`);
      }
      const user = process.env.USER ?? 'cli';
      const actor = { platform: 'console' as const, userId: user, name: user };
      const messenger = app.messengers.get(platform)!;
      const { code, invite } = await app.invites.issue(owner.id, platform, actor, 'cli', { days, uses });
      io.stdout.write(inviteText(messenger, code, owner.name));
      const until = formatJalaliDateTime(invite.expiresAt, app.config.COUNCIL_TIMEZONE, 'en');
      io.stdout.write(`Valid until ${until} (${app.config.COUNCIL_TIMEZONE}), for ${invite.usesLeft} chat(s).\n`);
      return 0;
    });
  },
};

function inviteText(messenger: MessengerInfo, code: string, owner: string): string {
  const { username } = messenger;
  const links = inviteLinks(messenger, username, code);
  const lines = [`Invite for ${owner}: code ${code}`];
  if (links.privateChat) lines.push(`  a person's private chat: ${links.privateChat}`);
  if (links.group) lines.push(`  a group (adds the bot to it): ${links.group}`);
  if (links.chat) lines.push(`  open ${links.chat} (or add the bot to the group), then send: /link ${code}`);
  if (!username) {
    const setting = messenger.usernameSetting ? `   (set ${messenger.usernameSetting} for a link)` : '';
    lines.push(`  in the bot's chat or group, send: /link ${code}${setting}`);
  }
  return `${lines.join('\n')}\n`;
}
