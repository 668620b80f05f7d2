// /report in the chair's group on Telegram and on Bale: the follow-up report arrives as a document beside the
// workbook, chart and CSV, captioned, and reads back as «گزارش پیگیری مصوبات» with the configured letterhead.
import type { InputFile } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { openDocx, paragraphs, tableRows } from '../helpers/docx.js';
import { ADMIN, type Harness, harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => h?.cleanup());

describe.each(['telegram', 'bale'] as const)('/report on %s', (messenger) => {
  it('sends the follow-up report as a .docx with the letterhead from the configuration', async () => {
    h = await harness(messenger, undefined, { REPORT_LETTERHEAD: 'بسمه تعالی|دبیرخانه شورا' });
    await h.send('/link chair', { from: ADMIN, chat: 'chair' });
    const calls = await h.send('/report', { chat: 'chair' });
    const documents = calls.filter((c) => c.method === 'sendDocument');
    const names = documents.map((c) => (c.payload.document as InputFile).filename);
    expect(names.map((n) => n?.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).toEqual([
      'peygir-report-DATE.xlsx',
      'peygir-chart-DATE.png',
      'peygir-report-DATE.csv',
      'peygir-followup-DATE.docx',
    ]);
    const followup = documents.at(-1)!;
    expect(followup.payload.chat_id).toBe(String(-1003));
    expect(String(followup.payload.caption)).toContain('گزارش پیگیری مصوبات');
    const bytes = await (followup.payload.document as InputFile).toRaw();
    const doc = await openDocx(bytes as Uint8Array);
    expect(paragraphs(doc.part('word/header1.xml')).slice(0, 3)).toEqual([
      'بسمه تعالی',
      'دبیرخانه شورا',
      h.app.config.COUNCIL_NAME,
    ]);
    const rows = tableRows(doc.part('word/document.xml'));
    expect(rows[0]![1]!.lines).toEqual(['مصوبه']);
    // The harness's three items, the second with two owners on lines of their own.
    const numbers = rows.slice(1).filter((r) => r.length === 7 && r[0]!.vMerge !== 'continue');
    expect(numbers.map((r) => r[0]!.lines[0])).toEqual(['۱', '۲', '۳']);
    expect(numbers[0]![1]!.lines[0]).toBe('مقرر شد سامانه <ثبت> & *گزارش* راه‌اندازی شود.');
    const two = rows.indexOf(numbers[1]!);
    expect([rows[two]![2]!.lines[0], rows[two + 1]![2]!.lines[0]]).toEqual(['کمیته فاوا', 'کمیته تامین داده']);
  });
});
