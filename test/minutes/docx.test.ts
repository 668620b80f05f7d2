// The seed minutes rebuilt as Word files: once with the resolutions as a table, once as a numbered list
// (owner and time frame as bullets under each item). Both must read as the plain-text seed does.
import { readFileSync } from 'node:fs';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { MinutesError, parseMinutesBuffer, parseMinutesText } from '../../src/minutes/index.js';

const seed = readFileSync(new URL('../../src/minutes/samples/census-council-55.fa.txt', import.meta.url), 'utf8');
const lines = seed.split('\n');

const para = (text: string) =>
  new Paragraph({ children: [new TextRun(text.replace(/\*\*|^#+\s*/g, ''))], bidirectional: true });

function table(rows: string[]): Table {
  return new Table({
    rows: rows.map((r) => new TableRow({ children: r.split('\t').map((c) => new TableCell({ children: [para(c)] })) })),
  });
}

const numbering = {
  config: [
    {
      reference: 'items',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START },
      ],
    },
  ],
};

/** The seed as Word content; the resolutions table (the rows after «مصوبات:») as a table or a list. */
function build(asList: boolean): Document {
  const children: (Paragraph | Table)[] = [];
  let inResolutions = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('مصوبات:')) inResolutions = true;
    if (!line.includes('\t')) {
      if (line.trim()) children.push(para(line));
      continue;
    }
    const rows: string[] = [];
    while (lines[i]?.includes('\t')) rows.push(lines[i++]!);
    i--;
    if (!(asList && inResolutions)) {
      children.push(table(rows));
      continue;
    }
    for (const row of rows.slice(1)) {
      const [, text, owner, due] = row.split('\t');
      children.push(new Paragraph({ children: [new TextRun(text!)], numbering: { reference: 'items', level: 0 } }));
      children.push(
        new Paragraph({ children: [new TextRun(`متولی: ${owner}`)], numbering: { reference: 'items', level: 1 } }),
      );
      children.push(
        new Paragraph({
          children: [new TextRun(`بازه زمانی: ${due || '-'}`)],
          numbering: { reference: 'items', level: 1 },
        }),
      );
    }
    inResolutions = false;
  }
  return new Document({ numbering, sections: [{ children }] });
}

describe('.docx minutes', () => {
  const plain = parseMinutesText(seed);

  it.each([
    ['a Word table', false],
    ['a numbered list', true],
  ])('reads the resolutions from %s', async (_name, asList) => {
    const buf = await Packer.toBuffer(build(asList));
    const parsed = await parseMinutesBuffer(buf, 'minutes.docx');
    const pick = (r: (typeof plain.resolutions)[number]) => ({
      number: r.number,
      text: r.text,
      owners: r.owners,
      deadline: r.deadline,
    });
    expect(parsed.resolutions.map(pick)).toEqual(plain.resolutions.map(pick));
    expect(parsed.meeting).toMatchObject({ number: '55', date: '1401-07-25', chair: 'جواد حسین زاده' });
  });

  it('refuses a truncated .docx with a plain message', async () => {
    const buf = await Packer.toBuffer(build(false));
    const cut = buf.subarray(0, Math.floor(buf.length / 2));
    await expect(parseMinutesBuffer(cut, 'minutes.docx')).rejects.toThrow(MinutesError);
    await expect(parseMinutesBuffer(cut, 'minutes.docx')).rejects.toThrow(/damaged or incomplete/);
  });

  it('refuses binary garbage sent as text', async () => {
    const junk = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));
    await expect(parseMinutesBuffer(junk, 'minutes.txt')).rejects.toThrow(MinutesError);
  });
});
