// peygir parse <file> [--json] [--no-db]: what the parser reads from a minutes file, read against the configured
// database's owners and their other names (without changing the database); --no-db reads the file alone.
import { parseMinutesText, readMinutesFile } from '../minutes/index.js';
import { configuredRegister } from './register.js';
import { type CliCommand, CliError, positional } from './types.js';

export const parseCli: CliCommand = {
  name: 'parse',
  usage: 'parse <file> [--json] [--no-db]   read minutes (.txt, .md, .docx) and print what was found',
  async run(args, io) {
    const [file] = positional(args);
    if (!file) throw new CliError('usage: peygir parse <file> [--json] [--no-db]');
    const { text } = await readMinutesFile(file);
    const knownOwners = args.includes('--no-db') ? undefined : await configuredRegister(io, 'parse');
    const parsed = parseMinutesText(text, { fileName: file, knownOwners });
    if (args.includes('--json')) {
      const { meeting, resolutions, owners } = parsed;
      io.stdout.write(`${JSON.stringify({ meeting, resolutions, ...(owners ? { owners } : {}) }, null, 2)}\n`);
      return 0;
    }
    const { renderPreview } = await import('./preview.js');
    const { loadConfig } = await import('../config.js');
    io.stdout.write(`${renderPreview(parsed, null, loadConfig().LANGUAGE)}\n`);
    return 0;
  },
};
