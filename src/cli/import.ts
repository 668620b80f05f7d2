// peygir import <file> [--yes] [--dry-run] [--update-meeting | --new-meeting] [--remove-missing]
// [--keep-corrections | --take-file]: preview, confirm, then store in one transaction. A file that may be a
// re-import of a stored meeting whose number or date does not agree is never merged without an answer: a
// flag, or a question at the terminal. So with a field both the file and a correction made since the last
// import changed: a flag settles every such conflict, a person at a terminal is asked one by one, and
// without either nothing is stored.
import { safirConfigured } from '../config.js';
import { formatJalali } from '../core/calendar.js';
import { MESSAGES } from '../core/i18n.js';
import type { Side } from '../core/reimport.js';
import type { Language } from '../core/types.js';
import {
  type Conflict,
  type Decisions,
  importMinutes,
  type MeetingChoice,
  planImport,
  UndecidedConflictsError,
} from '../db/import.js';
import { DatabaseBusyError } from '../db/write-transaction.js';
import { parseMinutesText, readMinutesFile, withKnownOwners } from '../minutes/index.js';
import { conflictValue } from '../minutes/preview.js';
import { withApp } from './app.js';
import { renderPreview } from './preview.js';
import { type CliCommand, CliError, type CliIo, positional } from './types.js';

const USAGE =
  'import <file> [--yes] [--dry-run] [--update-meeting | --new-meeting] [--remove-missing] [--keep-corrections | --take-file]';

function choiceFrom(args: string[]): MeetingChoice | undefined {
  const update = args.includes('--update-meeting');
  const fresh = args.includes('--new-meeting');
  if (update && fresh) throw new CliError('choose one of --update-meeting and --new-meeting');
  return update ? 'update' : fresh ? 'new' : undefined;
}

function sideFrom(args: string[]): Side | undefined {
  const keep = args.includes('--keep-corrections');
  const take = args.includes('--take-file');
  if (keep && take) throw new CliError('choose one of --keep-corrections and --take-file');
  return keep ? 'stored' : take ? 'file' : undefined;
}

const quoted = (s: string) => `“${s.length > 60 ? `${s.slice(0, 59)}…` : s}”`;
const side = (c: Conflict, s: Side) => (c.field === 'text' ? quoted(c[s]) : conflictValue(c, s, 'en'));

function undecided(conflicts: Conflict[]): CliError {
  const list = conflicts.map(
    (c) => `item ${c.publicNumber} ${c.field} (corrected: ${side(c, 'stored')}; file: ${side(c, 'file')})`,
  );
  return new CliError(
    `nothing was stored: ${conflicts.length} field(s) were changed both in the file and by a correction since the last import: ${list.join(', ')}; add --keep-corrections to keep the corrections or --take-file to take the file's values`,
  );
}

/**
 * The answers to the conflicts: the flag's for all, or a person's one by one; none with `--yes` (which asks
 * nothing) or without a terminal.
 */
async function decide(
  io: CliIo,
  conflicts: Conflict[],
  all: Side | undefined,
  yes: boolean,
  lang: Language,
): Promise<Decisions> {
  if (all || conflicts.length === 0) return { all };
  if (yes || !io.interactive) throw undecided(conflicts);
  const t = MESSAGES[lang];
  const choices: Record<string, Side> = {};
  for (const c of conflicts) {
    // A question is asked in the preview's language, like the preview above it and the confirmation after it.
    const [stored, file] = (['stored', 'file'] as const).map((s) => conflictValue(c, s, lang));
    const keep = await io.confirm(t.imp.cliKeepCorrection(c.publicNumber, t.imp.field[c.field], stored!, file!));
    choices[c.key] = keep ? 'stored' : 'file';
  }
  return { choices };
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
    const all = sideFrom(args);
    const dryRun = args.includes('--dry-run');
    if (!dryRun && !args.includes('--yes') && !io.interactive)
      throw new CliError('no terminal to ask for confirmation: add --yes to import without asking');
    const { text } = await readMinutesFile(file);
    const bare = parseMinutesText(text, { fileName: file });
    if (bare.resolutions.length === 0) throw new CliError(`${file}: no resolutions found; nothing imported`);
    return withApp(async (app) => {
      // Read against the council's register: its owners are recognised however the file spells them.
      const parsed = withKnownOwners(bare, await app.register.known());
      const plan = await planImport(app.db.prisma, app.councilId, parsed, text, choice, undefined, {
        safir: safirConfigured(app.config),
      });
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
      // The plan without an answer to the meeting question already shows the update, conflicts included.
      const decisions = await decide(io, choice === 'new' ? [] : plan.conflicts, all, args.includes('--yes'), lang);
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
        { meeting: choice, removeMissing: args.includes('--remove-missing'), decisions },
      ).catch((err: unknown) => {
        // A correction made between the preview and now: nothing was stored.
        if (err instanceof UndecidedConflictsError) throw undecided(err.conflicts);
        if (!(err instanceof DatabaseBusyError)) throw err;
        throw new CliError(
          `the database is busy (another peygir process, such as the running bot, is writing to it) and stayed so for ${app.config.SQLITE_WAIT_SECONDS} s; nothing was imported, try again`,
        );
      });
      io.stdout.write(`${t.importDone(result.created, result.updated)}\n`);
      return 0;
    });
  },
};
