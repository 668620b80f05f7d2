// peygir import <file> [--yes] [--dry-run]: preview, confirm, then store in one transaction.
import { importMinutes, planImport } from '../db/import.js';
import { parseMinutesFile, readMinutesFile } from '../minutes/index.js';
import { withApp } from './app.js';
import { renderPreview } from './preview.js';
import { type CliCommand, CliError, positional } from './types.js';

export const importCli: CliCommand = {
  name: 'import',
  usage: 'import <file> [--yes] [--dry-run]   store minutes in the database (asks first)',
  async run(args, io) {
    const [file] = positional(args);
    if (!file) throw new CliError('usage: peygir import <file> [--yes] [--dry-run]');
    const [{ text }, parsed] = await Promise.all([readMinutesFile(file), parseMinutesFile(file)]);
    if (parsed.resolutions.length === 0) throw new CliError(`${file}: no resolutions found; nothing imported`);
    return withApp(async (app) => {
      const plan = await planImport(app.db.prisma, app.councilId, parsed, text);
      io.stdout.write(`${renderPreview(parsed, plan)}\n`);
      if (args.includes('--dry-run')) {
        io.stdout.write('Dry run: nothing was stored.\n');
        return 0;
      }
      if (!args.includes('--yes') && !(await io.confirm('Import these resolutions?'))) {
        io.stdout.write('Cancelled: nothing was stored.\n');
        return 1;
      }
      const name = file.split(/[\\/]/).pop();
      const result = await importMinutes(
        app.db.prisma,
        app.councilId,
        parsed,
        { text, name },
        {
          platform: 'console',
          userId: process.env.USER ?? 'cli',
          name: process.env.USER ?? 'cli',
        },
      );
      io.stdout.write(`Imported: ${result.created} new, ${result.updated} updated resolution(s).\n`);
      return 0;
    });
  },
};
