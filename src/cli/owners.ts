// peygir owners add <name> [--alias <other name>]… | owners list: the council's register of owners, kept up
// front so that the first minutes already read their owners as registered. Every change is recorded.
import { SpellingTakenError } from '../db/owner-register.js';
import { toDisplay } from '../minutes/normalize.js';
import { withApp } from './app.js';
import { type CliCommand, CliError, positional } from './types.js';

const USAGE = 'owners add <name> [--alias <other name>]… | owners list';

/** Every value of a repeated `--name value` option, as typed; an option without a value is refused. */
function repeated(args: string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== `--${name}`) continue;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--') || !value.trim()) throw new CliError(`--${name} needs a name`);
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
          io.stdout.write(`${o.name}${others.length ? ` (also: ${others.join(', ')})` : ''}\n`);
        }
        return 0;
      });
    }
    if (sub !== 'add') throw new CliError(`usage: peygir ${USAGE}`);
    const aliases = repeated(rest, 'alias').map(clean);
    const name = clean(positional(rest, ['alias']).join(' '));
    if (!name) throw new CliError(`usage: peygir ${USAGE}`);
    const unknown = rest.find((a) => a.startsWith('--') && a !== '--alias');
    if (unknown) throw new CliError(`unknown option ${unknown} (usage: peygir ${USAGE})`);
    return withApp(async (app) => {
      const user = process.env.USER ?? 'cli';
      let done: Awaited<ReturnType<typeof app.register.register>>;
      try {
        done = await app.register.register(name, aliases, { platform: 'console', userId: user, name: user }, 'cli');
      } catch (err) {
        if (!(err instanceof SpellingTakenError)) throw err;
        throw new CliError(`"${err.spelling}" already names the owner "${err.owner}"; nothing was stored`);
      }
      const also = done.added.length ? ` with other name(s): ${done.added.join(', ')}` : '';
      if (done.created) io.stdout.write(`Registered "${done.owner}"${also}.\n`);
      else if (also)
        io.stdout.write(`"${done.owner}" was registered already; added other name(s): ${done.added.join(', ')}.\n`);
      else io.stdout.write(`"${done.owner}" was registered already; nothing changed.\n`);
      return 0;
    });
  },
};
