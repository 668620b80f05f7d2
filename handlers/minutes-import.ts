// Minutes sent as a file in the chair's chat or by the secretary: a preview with Confirm / Cancel
// buttons, then the same all-or-nothing import as the CLI. Where a re-import and a correction made since the
// last import changed one field, the preview asks first, a pair of buttons per conflict (and for all), and
// shows the choices made until Confirm. Pending previews live in memory for 30 minutes.
// The storing is the database's (a MinutesStore); what the chat is told is decided here.
import { randomUUID } from 'node:crypto';
import { formatJalali } from '../src/core/calendar.js';
import type { ActorContext } from '../src/core/followup.js';
import { MESSAGES } from '../src/core/i18n.js';
import type { MinutesService } from '../src/core/ports.js';
import type { Side } from '../src/core/reimport.js';
import type { Button, Clock, Language, Reply } from '../src/core/types.js';
import type { Conflict, ImportCounts, ImportOptions, MeetingChoice, MinutesStore } from '../src/minutes/plan.js';
import type { ParsedMinutes } from '../src/minutes/types.js';

const TTL_MS = 30 * 60_000;
/** Conflicts offered a pair of buttons at once; the rest follow as these are answered (or all at once). */
const BUTTONED = 8;

/** The reader, the parser and the preview are loaded with the first file sent, not when the bot starts. */
const minutesCode = async () => {
  const [{ parseMinutesText }, { previewBlocks }, { readMinutesBuffer }, { MinutesError }] = await Promise.all([
    import('../src/minutes/index.js'),
    import('../src/minutes/preview.js'),
    import('../src/minutes/read.js'),
    import('../src/minutes/types.js'),
  ]);
  return { parseMinutesText, previewBlocks, readMinutesBuffer, MinutesError };
};

interface Pending {
  parsed: ParsedMinutes;
  text: string;
  name: string;
  expires: number;
  /** The answer to the meeting question, once given. */
  meeting?: MeetingChoice;
  /** The answers to the conflicts so far. */
  decisions: { choices: Record<string, Side>; all?: Side };
}

export class ChatMinutesImport implements MinutesService {
  private readonly pending = new Map<string, Pending>();
  /** Previews already confirmed, so a second press (a double tap, a slow network) says so. */
  private readonly confirmed = new Map<string, { result: Promise<ImportCounts>; expires: number }>();

  constructor(
    private readonly store: MinutesStore,
    private readonly clock: Clock,
  ) {}

  async preview(file: { name: string; data: Buffer }, lang: Language): Promise<{ reply: Reply; token: string }> {
    const t = MESSAGES[lang];
    const { readMinutesBuffer, parseMinutesText, MinutesError } = await minutesCode();
    let parsed: ParsedMinutes;
    let text: string;
    try {
      ({ text } = await readMinutesBuffer(file.data, file.name));
      parsed = parseMinutesText(text, { fileName: file.name, knownOwners: await this.store.known() });
    } catch (err) {
      if (err instanceof MinutesError)
        return { reply: { blocks: [{ type: 'text', text: t.importBadFile(err.message) }] }, token: '' };
      throw err;
    }
    if (parsed.resolutions.length === 0)
      return { reply: { blocks: [{ type: 'text', text: t.importNothing }] }, token: '' };
    const now = this.clock.now().getTime();
    for (const [k, p] of this.pending) if (p.expires < now) this.pending.delete(k);
    for (const [k, c] of this.confirmed) if (c.expires < now) this.confirmed.delete(k);
    const token = randomUUID().slice(0, 8);
    const pending: Pending = { parsed, text, name: file.name, expires: now + TTL_MS, decisions: { choices: {} } };
    this.pending.set(token, pending);
    return { token, reply: await this.show(token, pending, lang) };
  }

  /**
   * The preview with its buttons: which stored meeting it is when that is uncertain; else a choice for each
   * conflict still open; else confirm (choices made can be made again).
   */
  private async show(token: string, p: Pending, lang: Language): Promise<Reply> {
    const t = MESSAGES[lang];
    const [plan, { previewBlocks }] = await Promise.all([
      this.store.plan(p.parsed, p.text, p.meeting, p.decisions),
      minutesCode(),
    ]);
    const cancel = { label: t.importCancel, action: 'import-cancel' as const, value: token };
    const answer = (label: string, value: string, startsRow = false): Button => ({
      label,
      action: 'import-confirm',
      value: `${token}:${value}`,
      ...(startsRow ? { startsRow } : {}),
    });
    const q = plan.question;
    const open = plan.conflicts.filter((c) => c.choice === null);
    let buttons: Button[];
    if (q) {
      const date = q.meeting.gregorianDate ? formatJalali(q.meeting.gregorianDate, lang) : t.imp.noDate;
      buttons = [
        answer(t.imp.updateButton(t.imp.storedMeeting(q.meeting.number, date)), 'update'),
        answer(t.imp.newButton, 'new'),
        cancel,
      ];
    } else if (open.length > 0) {
      // A row per conflict: keep the correction, or take the file.
      const field = (c: Conflict) => t.imp.field[c.field];
      buttons = [
        ...open
          .slice(0, BUTTONED)
          .flatMap((c) => [
            answer(t.imp.keepButton(c.publicNumber, field(c)), `keep:${c.key}`, true),
            answer(t.imp.fileButton(c.publicNumber, field(c)), `file:${c.key}`),
          ]),
        ...(open.length > 1
          ? [answer(t.imp.keepAllButton, 'keep:all', true), answer(t.imp.fileAllButton, 'file:all')]
          : []),
        { ...cancel, startsRow: true },
      ];
    } else {
      buttons = [
        { label: t.importConfirm, action: 'import-confirm', value: token },
        ...(plan.missing.length > 0 ? [answer(t.imp.removeMissingButton, 'remove')] : []),
        ...(plan.conflicts.length > 0 ? [answer(t.imp.chooseAgainButton, 'reset', true)] : []),
        cancel,
      ];
    }
    return { blocks: previewBlocks(p.parsed, plan, lang), kind: 'import-preview', buttons };
  }

  /** An answer to a conflict (`keep:<key>`, `file:all`, or `reset`): the preview again, with it. */
  private async choose(token: string, p: Pending, answer: string, key: string, lang: Language): Promise<Reply> {
    if (answer === 'reset') p.decisions = { choices: {} };
    else {
      const side: Side = answer === 'keep' ? 'stored' : 'file';
      if (key === 'all') p.decisions.all = side;
      else p.decisions.choices[key] = side;
    }
    return { ...(await this.show(token, p, lang)), replaceOriginal: true };
  }

  /** `value` is the preview's token, with the secretary's answer after a colon when the preview asked. */
  async confirm(value: string, ctx: ActorContext, lang: Language): Promise<Reply> {
    const t = MESSAGES[lang];
    const [token = '', answer, ...rest] = value.split(':');
    const p = this.pending.get(token);
    const now = this.clock.now().getTime();
    const done = this.confirmed.get(token);
    if (done) {
      // A second press while the first is still importing waits for it; a failed first press failed for both.
      const r = await done.result;
      return { blocks: [{ type: 'text', text: t.importAlready(r.created, r.updated) }], private: true };
    }
    if (!p || p.expires < now) return { blocks: [{ type: 'text', text: t.importExpired }] };
    if (answer === 'keep' || answer === 'file' || answer === 'reset')
      return this.choose(token, p, answer, rest.join(':'), lang);
    if (answer === 'update' || answer === 'new') p.meeting = answer;
    this.pending.delete(token);
    const opts: ImportOptions = { meeting: p.meeting, removeMissing: answer === 'remove', decisions: p.decisions };
    const result = this.store.apply(p.parsed, { text: p.text, name: p.name }, ctx.actor, opts);
    this.confirmed.set(token, { result, expires: now + TTL_MS });
    try {
      const r = await result;
      return { blocks: [{ type: 'text', text: t.importDone(r.created, r.updated) }], replaceOriginal: true };
    } catch (err) {
      // Nothing was stored (the import is all-or-nothing): the same preview may be confirmed again.
      this.confirmed.delete(token);
      this.pending.set(token, p);
      // Another import stored a meeting like this one meanwhile, or a conflict waits for an answer (one may
      // have arisen since the preview): show the preview again, now asking.
      const { MeetingQuestionError, UndecidedConflictsError } = await import('../src/db/import.js');
      if (err instanceof MeetingQuestionError || err instanceof UndecidedConflictsError)
        return { ...(await this.show(token, p, lang)), replaceOriginal: true };
      throw err;
    }
  }

  async cancel(token: string, lang: Language): Promise<Reply> {
    // Cancel under a preview already confirmed must not claim that nothing was stored.
    const done = this.confirmed.get(token);
    if (done) {
      const r = await done.result;
      return { blocks: [{ type: 'text', text: MESSAGES[lang].importAlready(r.created, r.updated) }], private: true };
    }
    this.pending.delete(token);
    return { blocks: [{ type: 'text', text: MESSAGES[lang].importCancelled }], replaceOriginal: true };
  }
}
