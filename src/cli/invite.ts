// peygir invite <owner> --platform telegram|bale [--days 7] [--uses 1]: an invite that binds the chat it is
// used in to the owner, printed with what to send the owner. The code is shown once; only its hash is kept.
import { formatJalaliDateTime } from '../core/calendar.js';
import { type InvitePlatform, inviteLinks } from '../core/invites.js';
import { withApp } from './app.js';
import { type CliCommand, CliError, option, positional } from './types.js';

const USAGE = 'invite <owner> --platform telegram|bale [--days 7] [--uses 1]';

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
    if (platform !== 'telegram' && platform !== 'bale') throw new CliError(`usage: peygir ${USAGE}`);
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
      const { code, invite } = await app.invites.issue(owner.id, platform, actor, 'cli', { days, uses });
      const username = platform === 'telegram' ? app.config.TELEGRAM_BOT_USERNAME : app.config.BALE_BOT_USERNAME;
      io.stdout.write(inviteText(platform as InvitePlatform, username, code, owner.name));
      const until = formatJalaliDateTime(invite.expiresAt, app.config.COUNCIL_TIMEZONE, 'en');
      io.stdout.write(`Valid until ${until} (${app.config.COUNCIL_TIMEZONE}), for ${invite.usesLeft} chat(s).\n`);
      return 0;
    });
  },
};

function inviteText(platform: InvitePlatform, username: string | undefined, code: string, owner: string): string {
  const links = inviteLinks(platform, username, code);
  const lines = [`Invite for ${owner}: code ${code}`];
  if (links.privateChat) lines.push(`  a person's private chat: ${links.privateChat}`);
  if (links.group) lines.push(`  a group (adds the bot to it): ${links.group}`);
  if (links.chat) lines.push(`  open ${links.chat} (or add the bot to the group), then send: /link ${code}`);
  if (!username) {
    const setting = platform === 'telegram' ? 'TELEGRAM_BOT_USERNAME' : 'BALE_BOT_USERNAME';
    lines.push(`  in the bot's chat or group, send: /link ${code}   (set ${setting} for a link)`);
  }
  return `${lines.join('\n')}\n`;
}
