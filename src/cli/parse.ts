// peygir parse <file> [--json]: what the parser reads from a minutes file, without touching the database.
import { parseMinutesFile } from '../minutes/index.js';
import { type CliCommand, CliError, positional } from './types.js';

export const parseCli: CliCommand = {
  name: 'parse',
  usage: 'parse <file> [--json]      read minutes (.txt, .md, .docx) and print what was found',
  async run(args, io) {
    const [file] = positional(args);
    if (!file) throw new CliError('usage: peygir parse <file> [--json]');
    const parsed = await parseMinutesFile(file);
    if (args.includes('--json')) {
      io.stdout.write(`${JSON.stringify({ meeting: parsed.meeting, resolutions: parsed.resolutions }, null, 2)}\n`);
      return 0;
    }
    const { renderPreview } = await import('./preview.js');
    const { loadConfig } = await import('../config.js');
    io.stdout.write(`${renderPreview(parsed, null, loadConfig().LANGUAGE)}\n`);
    return 0;
  },
};
