// `/report`'s data for 5,000 items with their history (the rows of the workbook: items, owners, last change,
// last note) against the same two queries sent raw, on SQLite and on PostgreSQL; and the statements it takes,
// counted at the drivers for 1,000 and for 5,000 items, which must be the same.
import { activityQuery } from '../src/db/sql/activity.js';
import { listQuery } from '../src/db/sql/resolutions.js';
import { loadReport } from '../src/reports/data.js';
import { bulkCouncil } from '../test/helpers/bulk.js';
import type { Provider } from '../test/helpers/db.js';
import { countStatements } from '../test/helpers/statements.js';
import type { Figure, Row } from './figure.js';
import { freshApp, median, round, settle } from './fixture.js';
import { rawFor } from './raw.js';

const TODAY = '2025-01-05';

interface ReportResult {
  provider: Provider;
  items: number;
  ms: number;
  rawMs: number;
  vsRaw: number;
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
        const list = listQuery(provider, app.councilId, {});
        const activity = activityQuery(provider, app.councilId, {});
        await raw.rows(list.query, list.params);
        await raw.rows(activity.query, activity.params);
      },
    };
    for (let i = 0; i < 2; i++) for (const op of Object.values(ops)) await op();
    const counter = countStatements();
    await ops.peygir();
    const { statements } = counter.stop();
    const times = { peygir: [] as number[], raw: [] as number[] };
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const name of ['peygir', 'raw'] as const) {
        settle();
        const t = performance.now();
        await ops[name]();
        times[name].push(performance.now() - t);
      }
      ratios.push(times.peygir.at(-1)! / times.raw.at(-1)!);
    }
    return { provider, items, ms: median(times.peygir), rawMs: median(times.raw), vsRaw: median(ratios), statements };
  } finally {
    await raw.close();
    await app.cleanup();
  }
}

const row = (r: ReportResult): Row => [
  `/report data, ${r.items.toLocaleString('en')} items with history, ${r.provider}`,
  `${round(r.vsRaw)}× raw`,
  `${round(r.ms, 0)} ms / raw ${round(r.rawMs, 0)} ms`,
  `${r.statements} statements`,
];

export const reportFigure: Figure = {
  name: 'report',
  async run(quick) {
    const rounds = quick ? 3 : 7;
    const sqlite = await benchReportOn('sqlite', 5_000, rounds);
    const pg = await benchReportOn('postgresql', 5_000, rounds);
    // The statement count must not grow with the report: measured again on a fifth of the items.
    const small = await benchReportOn('sqlite', 1_000, 1);
    return {
      rows: [row(sqlite), row(pg), row(small)],
      json: {
        reportVsRaw: round(Math.max(sqlite.vsRaw, pg.vsRaw)),
        reportStatements5k: Math.max(sqlite.statements, pg.statements),
        reportStatements1k: small.statements,
      },
    };
  },
};
