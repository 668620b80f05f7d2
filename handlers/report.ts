// /report [جلسه ۵۵] [committee] [۱۴۰۱/۰۷/۰۱-۱۴۰۱/۰۹/۳۰]: the Excel workbook, the progress chart, the CSV and the
// follow-up report «گزارش پیگیری مصوبات» (.docx) as files.
import { hasCouncilRights } from '../src/core/auth.js';
import { buildCsv } from '../src/reports/csv.js';
import { fileStamp, loadReport, scopeFromArgs } from '../src/reports/data.js';
import { type CommandHandler, refusal } from './context.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t, deps, lang, today } = ctx;
    if (!hasCouncilRights(ctx.auth)) return refusal(t.reportNotAllowed);
    const scope = await scopeFromArgs(deps.store, ctx.args, lang);
    if ('error' in scope) return refusal(scope.error);
    const { resolutions, rows } = await loadReport(deps.store, scope.filter, today, deps.evidence?.store);
    if (resolutions.length === 0) return refusal(scope.labels.length > 0 ? t.statusNoMatch : t.nothingYet);
    // exceljs, satori and resvg weigh ~75 MB and docx ~25 MB more on disk: loaded on the first /report, not at start-up.
    const [{ buildWorkbook }, { renderStatusChart }, { followupAttachment, letterheadNote }] = await Promise.all([
      import('../src/reports/workbook.js'),
      import('../src/reports/chart.js'),
      import('../src/reports/followup.js'),
    ]);
    const [xlsx, png, { file: followup, imageLeftOut }] = await Promise.all([
      buildWorkbook(rows, { lang, timeZone: deps.timeZone, today }),
      renderStatusChart(resolutions, today, lang),
      followupAttachment(deps.store, rows, {
        lang,
        timeZone: deps.timeZone,
        today,
        labels: scope.labels,
        letterhead: deps.letterhead,
        log: deps.logger,
      }),
    ]);
    const caption = t.reportCaption(scope.labels.join(' · '));
    const stamp = fileStamp(today, scope.labels);
    return {
      blocks: [
        { type: 'text', text: caption },
        // The report went out without its letterhead image (removed or replaced since start-up): said here.
        ...(imageLeftOut ? [{ type: 'text' as const, text: letterheadNote(imageLeftOut, lang) }] : []),
      ],
      attachments: [
        {
          name: `peygir-report-${stamp}.xlsx`,
          mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          data: xlsx,
          caption,
        },
        { name: `peygir-chart-${stamp}.png`, mime: 'image/png', data: png, caption: t.chartCaption },
        // The same rows for any other tool; UTF-8 with a BOM so Excel reads the Persian.
        {
          name: `peygir-report-${stamp}.csv`,
          mime: 'text/csv',
          data: buildCsv(rows, { lang, timeZone: deps.timeZone }),
        },
        // The same rows as the table the secretariat attaches to the next meeting's agenda.
        followup,
      ],
      kind: 'report',
    };
  },
};
