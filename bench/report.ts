// `/report`'s data for 5,000 items with their history (the rows of the workbook: items, owners, last change,
// last note) against two raw queries of the bench's own through the driver and the rows joined from them, on
// SQLite and on PostgreSQL; and the statements it takes, counted at the drivers for 1,000 and for 5,000 items,
// which must be the same.
import { loadReport } from '../src/reports/data.js';
import { bulkCouncil } from '../test/helpers/bulk.js';
import type { Provider } from '../test/helpers/db.js';
import { countStatements } from '../test/helpers/statements.js';
import { type Figure, interleaved, plain, type Row } from './figure.js';
import { freshApp, median, round } from './fixture.js';
import { type RawDb, rawFor } from './raw.js';
import { ratioValue, type Value } from './stats.js';

const RAW_ITEMS = `SELECT r."id", r."publicNumber", m."number", m."gregorianDate", r."text", r."deadlineText", r."dueDate",
  a."id", o."name", a."status", a."lastNote", a."percent"
FROM "Resolution" r JOIN "Meeting" m ON m."id" = r."meetingId"
LEFT JOIN "Assignment" a ON a."resolutionId" = r."id" AND a."removedAt" IS NULL
LEFT JOIN "Owner" o ON o."id" = a."ownerId"
WHERE r."councilId" = $1 ORDER BY r."publicNumber", a."id"`;

/** Each share's last event time and its last note, newest first by id. */
const RAW_ACTIVITY = `SELECT a."id", MAX(e."createdAt"),
  (SELECT n."note" FROM "StatusEvent" n WHERE n."assignmentId" = a."id" AND n."type" <> 'import'
    AND n."note" IS NOT NULL AND n."note" <> '' ORDER BY n."id" DESC LIMIT 1)
FROM "Resolution" r JOIN "Assignment" a ON a."resolutionId" = r."id" JOIN "StatusEvent" e ON e."assignmentId" = a."id"
WHERE r."councilId" = $1 GROUP BY a."id"`;

/** The workbook's rows, raw: one per item, its shares with their last change and note. */
async function rawReport(db: RawDb, councilId: number): Promise<number> {
  const [items, activity] = await Promise.all([db.all(RAW_ITEMS, [councilId]), db.all(RAW_ACTIVITY, [councilId])]);
  const last = new Map(activity.map((c) => [c[0], c]));
  const rows: { n: unknown; shares: unknown[][] }[] = [];
  for (const c of items) {
    if (rows.at(-1)?.n !== c[1]) rows.push({ n: c[1], shares: [] });
    if (c[7] !== null) rows.at(-1)!.shares.push([...c, ...(last.get(c[7]) ?? [])]);
  }
  return rows.length;
}

const TODAY = '2025-01-05';

interface ReportResult {
  provider: Provider;
  items: number;
  ms: number;
  rawMs: number;
  vsRaw: Value;
  statements: number;
}

async function benchReportOn(provider: Provider, items: number, rounds: number): Promise<ReportResult> {
  const app = await freshApp(provider);
  const raw = await rawFor(provider, app.config.databaseUrl);
  try {
    await bulkCouncil(app, { resolutions: items, committees: 20, history: true });
    const ops = {
      peygir: async () => {
        const { rows } = await loadReport(app.store, {}, TODAY);
        if (rows.length !== items) throw new Error(`the report has ${rows.length} of ${items} rows`);
      },
      raw: async () => {
        const n = await rawReport(raw, app.councilId);
        if (n !== items) throw new Error(`the raw report has ${n} of ${items} rows`);
      },
    };
    for (let i = 0; i < 2; i++) for (const op of Object.values(ops)) await op();
    const counter = countStatements();
    await ops.peygir();
    const { statements } = counter.stop();
    const times = await interleaved(ops, rounds);
    return {
      provider,
      items,
      ms: median(times.peygir),
      rawMs: median(times.raw),
      vsRaw: ratioValue(`reportVsRaw_${provider}`, times.peygir, times.raw),
      statements,
    };
  } finally {
    await raw.close();
    await app.cleanup();
  }
}

const row = (r: ReportResult): Row => [
  `/report data, ${r.items.toLocaleString('en')} items with history, ${r.provider}`,
  `${round(r.vsRaw.value)}× raw`,
  `${round(r.ms, 0)} ms / raw ${round(r.rawMs, 0)} ms`,
  `${r.statements} statements`,
];

export const reportFigure: Figure = {
  name: 'report',
  async run(quick) {
    const rounds = quick ? 7 : 15;
    const sqlite = await benchReportOn('sqlite', 5_000, rounds);
    const pg = await benchReportOn('postgresql', 5_000, rounds);
    // The statement count must not grow with the report: measured again on a fifth of the items.
    const small = await benchReportOn('sqlite', 1_000, 1);
    return {
      rows: [row(sqlite), row(pg), row(small)],
      values: [
        // The worse database's ratio, with its own rounds' spread.
        { ...(sqlite.vsRaw.value >= pg.vsRaw.value ? sqlite.vsRaw : pg.vsRaw), key: 'reportVsRaw' },
        plain('reportStatements5k', Math.max(sqlite.statements, pg.statements)),
        plain('reportStatementsGrowth', Math.max(sqlite.statements, pg.statements) - small.statements),
      ],
    };
  },
};
