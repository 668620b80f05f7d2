// peygir import <file> [--yes] [--dry-run] [--update-meeting | --new-meeting] [--remove-missing]: preview,
// confirm, then store in one transaction. A file that may be a re-import of a stored meeting whose number or
// date does not agree is never merged without an answer: a flag, or a question at the terminal.
import { formatJalali } from '../core/calendar.js';
import { importMinutes, type MeetingChoice, planImport } from '../db/import.js';
import { DatabaseBusyError } from '../db/write-transaction.js';
import { parseMinutesFile, readMinutesFile } from '../minutes/index.js';
import { withApp } from './app.js';
import { renderPreview } from './preview.js';
import { type CliCommand, CliError, type CliIo, positional } from './types.js';

const USAGE = 'import <file> [--yes] [--dry-run] [--update-meeting | --new-meeting] [--remove-missing]';

function choiceFrom(args: string[]): MeetingChoice | undefined {
  const update = args.includes('--update-meeting');
  const fresh = args.includes('--new-meeting');
  if (update && fresh) throw new CliError('choose one of --update-meeting and --new-meeting');
  return update ? 'update' : fresh ? 'new' : undefined;
}

async function askMeeting(io: CliIo, stored: string): Promise<MeetingChoice> {
  if (!io.interactive)
    throw new CliError(
      `this file may be a re-import of ${stored}: add --update-meeting to update it or --new-meeting to store a new meeting`,
    );
  return (await io.confirm(`Is this file ${stored}, stored before? (no = store a new meeting)`)) ? 'update' : 'new';
}

export const importCli: CliCommand = {
  name: 'import',
  usage: `${USAGE}   store minutes in the database (asks first)`,
  async run(args, io) {
    const [file] = positional(args);
    if (!file) throw new CliError(`usage: peygir ${USAGE}`);
    let choice = choiceFrom(args);
    const dryRun = args.includes('--dry-run');
    if (!dryRun && !args.includes('--yes') && !io.interactive)
      throw new CliError('no terminal to ask for confirmation: add --yes to import without asking');
    const [{ text }, parsed] = await Promise.all([readMinutesFile(file), parseMinutesFile(file)]);
    if (parsed.resolutions.length === 0) throw new CliError(`${file}: no resolutions found; nothing imported`);
    return withApp(async (app) => {
      const plan = await planImport(app.db.prisma, app.councilId, parsed, text, choice);
      io.stdout.write(`${renderPreview(parsed, plan, app.config.LANGUAGE)}\n`);
      if (dryRun) {
        io.stdout.write('Dry run: nothing was stored.\n');
        return 0;
      }
      const q = plan.question;
      if (q) {
        const date = q.meeting.gregorianDate ? formatJalali(q.meeting.gregorianDate, 'en') : 'unknown date';
        choice = await askMeeting(io, `meeting ${q.meeting.number ?? '(no number)'} of ${date}`);
      }
      if (!args.includes('--yes') && !(await io.confirm('Import these resolutions?'))) {
        io.stdout.write('Cancelled: nothing was stored.\n');
        return 1;
      }
      const name = file.split(/[\\/]/).pop();
      const user = process.env.USER ?? 'cli';
      const result = await importMinutes(
        app.db.prisma,
        app.councilId,
        parsed,
        { text, name },
        { platform: 'console', userId: user, name: user },
        { meeting: choice, removeMissing: args.includes('--remove-missing') },
      ).catch((err: unknown) => {
        if (!(err instanceof DatabaseBusyError)) throw err;
        throw new CliError(
          `the database is busy (another peygir process, such as the running bot, is writing to it) and stayed so for ${app.config.SQLITE_WAIT_SECONDS} s; nothing was imported, try again`,
        );
      });
      io.stdout.write(`Imported: ${result.created} new, ${result.updated} updated resolution(s).\n`);
      return 0;
    });
  },
};
