// peygir import <file> [--yes] [--dry-run] [--update-meeting | --new-meeting] [--remove-missing]: preview,
// confirm, then store in one transaction. A file that may be a re-import of a stored meeting whose number or
// date does not agree is never merged without an answer: a flag, or a question at the terminal.
import { formatJalali } from '../core/calendar.js';
import { MESSAGES } from '../core/i18n.js';
import { importMinutes, type MeetingChoice, planImport } from '../db/import.js';
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

async function askMeeting(io: CliIo, stored: { en: string; asked: string }): Promise<MeetingChoice> {
  if (!io.interactive)
    throw new CliError(
      `this file may be a re-import of ${stored.en}: add --update-meeting to update it or --new-meeting to store a new meeting`,
    );
  return (await io.confirm(stored.asked)) ? 'update' : 'new';
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
      // What follows the preview speaks its language; errors stay plain English, as everywhere on the command line.
      const lang = app.config.LANGUAGE;
      const t = MESSAGES[lang];
      io.stdout.write(`${renderPreview(parsed, plan, lang)}\n`);
      if (dryRun) {
        io.stdout.write(`${t.imp.cliDryRun}\n`);
        return 0;
      }
      const q = plan.question;
      if (q) {
        const date = (l: 'fa' | 'en') => (q.meeting.gregorianDate ? formatJalali(q.meeting.gregorianDate, l) : null);
        const en = `meeting ${q.meeting.number ?? '(no number)'} of ${date('en') ?? 'unknown date'}`;
        const stored = t.imp.storedMeeting(q.meeting.number, date(lang) ?? t.imp.noDate);
        choice = await askMeeting(io, { en, asked: t.imp.cliSameMeeting(stored) });
      }
      if (!args.includes('--yes') && !(await io.confirm(t.imp.cliConfirm))) {
        io.stdout.write(`${t.imp.cliCancelled}\n`);
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
      );
      io.stdout.write(`${t.importDone(result.created, result.updated)}\n`);
      return 0;
    });
  },
};
