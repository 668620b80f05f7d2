// peygir owners add <name> [--alias <other name>]… [--phone <mobile>] | owners list: the council's register of
// owners, kept up front so that the first minutes already read their owners as registered, with the mobile number
// Bale's Safir reaches an owner at while it has no chat. Every change is recorded.
import { safirConfigured } from '../config.js';
import { displayPhone, safirPhone } from '../core/phone.js';
import { SpellingTakenError } from '../db/owner-register.js';
import { toDisplay } from '../minutes/normalize.js';
import { withApp } from './app.js';
import { type CliCommand, CliError, positional } from './types.js';

const USAGE = 'owners add <name> [--alias <other name>]… [--phone <mobile>] | owners list';

/** Every value of a repeated `--name value` option, as typed; an option without a value is refused. */
function repeated(args: string[], name: string, what = 'a name'): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== `--${name}`) continue;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--') || !value.trim()) throw new CliError(`--${name} needs ${what}`);
    out.push(value);
  }
  return out;
}

/** A name as the minutes reader would store it: Arabic letter forms and invisible marks cleaned, spaces folded. */
const clean = (s: string) => toDisplay(s).replace(/\s+/g, ' ').trim();

export const ownersCli: CliCommand = {
  name: 'owners',
  usage: `${USAGE}   the council's owners and their other names`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'list') {
      return withApp(async (app) => {
        const owners = await app.register.known();
        if (owners.length === 0) io.stdout.write('No owners are registered yet.\n');
        for (const o of owners) {
          const others = o.aliases.filter((a) => a !== o.name);
          const phone = await app.phones.of(o.id);
          io.stdout.write(
            `${o.name}${others.length ? ` (also: ${others.join(', ')})` : ''}${phone ? ` · mobile ${displayPhone(phone, 'en')}` : ''}\n`,
          );
        }
        return 0;
      });
    }
    if (sub !== 'add') throw new CliError(`usage: peygir ${USAGE}`);
    const aliases = repeated(rest, 'alias').map(clean);
    const phones = repeated(rest, 'phone', 'a mobile number');
    const name = clean(positional(rest, ['alias', 'phone']).join(' '));
    if (!name) throw new CliError(`usage: peygir ${USAGE}`);
    const unknown = rest.find((a) => a.startsWith('--') && a !== '--alias' && a !== '--phone');
    if (unknown) throw new CliError(`unknown option ${unknown} (usage: peygir ${USAGE})`);
    if (phones.length > 1) throw new CliError('--phone is given once; nothing was stored');
    const phone = phones[0] === undefined ? undefined : safirPhone(phones[0]);
    if (phone === null)
      throw new CliError(
        `--phone: "${phones[0]}" is not an Iranian mobile number (one word, such as 09121234567); nothing was stored`,
      );
    return withApp(async (app) => {
      const user = process.env.USER ?? 'cli';
      const actor = { platform: 'console' as const, userId: user, name: user };
      let done: Awaited<ReturnType<typeof app.register.register>>;
      try {
        done = await app.register.register(name, aliases, actor, 'cli');
      } catch (err) {
        if (!(err instanceof SpellingTakenError)) throw err;
        throw new CliError(`"${err.spelling}" already names the owner "${err.owner}"; nothing was stored`);
      }
      const also = done.added.length ? ` with other name(s): ${done.added.join(', ')}` : '';
      const owner = await app.store.findOwner(done.owner);
      const phoned = phone && owner ? await app.phones.set(owner.id, phone, actor, 'cli') : false;
      if (done.created) io.stdout.write(`Registered "${done.owner}"${also}.\n`);
      else if (also)
        io.stdout.write(`"${done.owner}" was registered already; added other name(s): ${done.added.join(', ')}.\n`);
      else if (!phoned) io.stdout.write(`"${done.owner}" was registered already; nothing changed.\n`);
      if (phoned) {
        const reach = safirConfigured(app.config)
          ? 'Safir sends to it while the owner has no chat'
          : 'Safir is not configured (SAFIR_API_KEY, SAFIR_BOT_ID), so it reaches nobody yet';
        io.stdout.write(`Mobile number of "${done.owner}": ${displayPhone(phone!, 'en')} (${reach}).\n`);
      }
      return 0;
    });
  },
};
