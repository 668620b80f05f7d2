// peygir export --format json|csv|xlsx|png|docx [--out FILE] [--meeting N] [--committee NAME] [--range FROM-TO]:
// every resolution with its per-owner status, the report workbook, the progress chart, or the follow-up report.
import { writeFile } from 'node:fs/promises';
import { civilDate } from '../core/calendar.js';
import { resolutionProgress } from '../core/status.js';
import { renderStatusChart } from '../reports/chart.js';
import { buildCsv } from '../reports/csv.js';
import { loadResolutions, reportRows, scopeFromArgs } from '../reports/data.js';
import { buildWorkbook } from '../reports/workbook.js';
import { withApp } from './app.js';
import { type CliCommand, CliError, option } from './types.js';

const FORMATS = ['json', 'csv', 'xlsx', 'png', 'docx'] as const;
type Format = (typeof FORMATS)[number];
/** Formats a terminal would show as garbage. */
const BINARY: Format[] = ['xlsx', 'png', 'docx'];

export const exportCli: CliCommand = {
  name: 'export',
  usage:
    'export --format json|csv|xlsx|png|docx [--out FILE] [--meeting N] [--committee NAME] [--range 1401/07/01-1401/09/30]',
  async run(args, io) {
    const format = (option(args, 'format') || 'json') as Format;
    if (!FORMATS.includes(format)) throw new CliError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
    const file = option(args, 'out');
    if (!file && BINARY.includes(format) && (io.stdout as { isTTY?: boolean }).isTTY) {
      throw new CliError(`${format} is binary: add --out FILE or redirect the output`);
    }
    const meeting = option(args, 'meeting');
    const narrowing = [meeting ? `meeting ${meeting}` : '', option(args, 'range'), option(args, 'committee')];
    return withApp(async (app) => {
      const lang = app.config.LANGUAGE;
      const timeZone = app.config.COUNCIL_TIMEZONE;
      const today = civilDate(app.clock.now(), timeZone);
      const scope = await scopeFromArgs(app.store, narrowing.filter(Boolean).join(' '), lang);
      if ('error' in scope) throw new CliError(scope.error);
      const resolutions = await loadResolutions(app.store, scope.filter);
      // Only the tables need history (last update, last note).
      const rows = () => reportRows(app.store, resolutions, today, scope.filter, app.evidence);
      let out: Buffer | string;
      if (format === 'xlsx') out = await buildWorkbook(await rows(), { lang, timeZone, today });
      else if (format === 'png') out = await renderStatusChart(resolutions, today, lang);
      else if (format === 'csv') out = buildCsv(await rows(), { lang, timeZone });
      else if (format === 'docx') {
        // docx is loaded only for this format: the other commands start without it.
        const { followupAttachment } = await import('../reports/followup.js');
        const letterhead = { text: app.config.REPORT_LETTERHEAD, image: app.config.REPORT_LETTERHEAD_IMAGE };
        const { file, imageLeftOut } = await followupAttachment(app.store, await rows(), {
          lang,
          timeZone,
          today,
          labels: scope.labels,
          letterhead,
          log: app.logger,
        });
        out = file.data;
        // The report is still written; the terminal says what it lacks (the log has it too).
        if (imageLeftOut) {
          io.stderr.write(
            `warning: the report was made without its letterhead image: ${imageLeftOut.path}: ${imageLeftOut.detail} (REPORT_LETTERHEAD_IMAGE)\n`,
          );
        }
      } else {
        const requests = (await app.deps.requests?.all()) ?? [];
        const [texts, files] = await Promise.all([app.evidence.texts(), app.evidence.all()]);
        const data = {
          resolutions: resolutions.map((r) => ({
            number: r.publicNumber,
            meeting: r.meetingNumber,
            row: r.row,
            text: r.text,
            status: resolutionProgress(r.assignments.map((a) => a.status)).status,
            dueDate: r.dueDate,
            owners: r.assignments.map((a) => ({
              name: a.ownerName,
              status: a.status,
              percent: a.percent,
              seenAt: a.seenAt?.toISOString() ?? null,
              seenBy: a.seenBy,
              awaitingAcceptanceSince: a.claimedAt?.toISOString() ?? null,
            })),
            // What the owners gave as evidence of «done» (texts and file names), and each file with its hash.
            evidence: texts.get(r.id) ?? [],
            files: files
              .filter((f) => f.resolutionId === r.id)
              .map((f) => ({
                owner: f.ownerName,
                name: f.name,
                type: f.mime,
                size: f.size,
                sha256: f.sha256,
                note: f.note,
                sentBy: f.actorName,
                sentAt: f.createdAt.toISOString(),
              })),
            // What the owners asked of the chair (more time, acceptance of «done») and the answers, oldest first.
            requests: requests
              .filter((q) => q.resolutionId === r.id)
              .map((q) => ({
                owner: q.ownerName,
                kind: q.kind,
                state: q.state,
                dueDate: q.dueDate,
                previousDue: q.previousDue,
                reason: q.reason,
                askedBy: q.actorName,
                askedAt: q.createdAt.toISOString(),
                answeredBy: q.deciderName,
                answeredAt: q.decidedAt?.toISOString() ?? null,
                answer: q.answer,
              })),
          })),
        };
        out = `${JSON.stringify(data, null, 2)}\n`;
      }
      if (file) await writeFile(file, out);
      else io.stdout.write(out);
      return 0;
    });
  },
};
