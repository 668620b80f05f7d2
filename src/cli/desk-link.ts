// peygir desk-link [--user platform:id]: prints a one-time sign-in link to the desk (valid 10 minutes).
// With no SECRETARY_IDS configured the local operator is the secretary: whoever runs this owns the database.
import { type DeskIdentity, OPERATOR_ORIGIN } from '../db/desk-sessions.js';
import { withApp } from './app.js';
import { type CliCommand, CliError, option } from './types.js';

export const deskLinkCli: CliCommand = {
  name: 'desk-link',
  usage: 'desk-link [--user telegram:123456]   a one-time sign-in link to the desk, valid 10 minutes',
  async run(args, io) {
    const user = option(args, 'user');
    if (user === '') throw new CliError('--user needs a value such as telegram:123456');
    return withApp(async (app) => {
      const { config } = app;
      let who: DeskIdentity;
      if (user) {
        const m = /^([a-z]+):(.+)$/.exec(user);
        const role = m ? app.desk.links.roleOf(user) : null;
        if (!m || !role) {
          const known = [...config.SECRETARY_IDS, ...config.CHAIR_IDS].join(', ') || 'none configured';
          throw new CliError(`${user} is not in SECRETARY_IDS or CHAIR_IDS (configured: ${known})`);
        }
        const member = await app.store.prisma.member.findUnique({
          where: { platform_userId: { platform: m[1]!, userId: m[2]! } },
        });
        who = { platform: m[1]!, userId: m[2]!, name: member?.displayName ?? user, role, origin: 'cli' };
      } else if (config.SECRETARY_IDS.length > 0) {
        throw new CliError(`say who signs in: --user ${config.SECRETARY_IDS[0]} (SECRETARY_IDS or CHAIR_IDS)`);
      } else {
        const operator = process.env.USER || 'operator';
        who = { platform: 'console', userId: operator, name: operator, role: 'secretary', origin: OPERATOR_ORIGIN };
      }
      const url = await app.desk.links.issue(who);
      if (!url) throw new CliError('too many links asked for; try again in a few minutes');
      io.stdout.write(`${url}\n`);
      return 0;
    });
  },
};
