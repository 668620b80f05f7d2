// `/status` for the whole council from the chair's chat (dispatcher → store → digest → reply) against one raw
// join through the driver and the same digest, on a council of a million items (BENCH_QUICK: 100k) written by
// bulk SQL, on SQLite and on PostgreSQL. Rounds alternate the two.
import { civilDate } from '../src/core/calendar.js';
import { buildDigest, digestBlocks } from '../src/core/digest.js';
import { listQuery, toViews } from '../src/db/sql/resolutions.js';
import { consoleIncoming } from '../src/platforms/console.js';
import { bulkCouncil } from '../test/helpers/bulk.js';
import type { Provider } from '../test/helpers/db.js';
import type { Figure, Row } from './figure.js';
import { freshApp, median, round, settle } from './fixture.js';
import { rawFor } from './raw.js';

/** The first thousand items are due on the bench's day; the rest half far ahead, half without a date. */
export const dueSql = (i: string) => `CASE WHEN ${i} <= 1000 THEN '2025-01-05' WHEN ${i} % 2 = 0 THEN '2031-03-01' END`;

interface StatusResult {
  provider: Provider;
  items: number;
  fillSeconds: number;
  ms: number;
  rawMs: number;
  vsRaw: number;
}

async function benchStatusOn(provider: Provider, items: number, rounds: number): Promise<StatusResult> {
  const app = await freshApp(provider);
  const raw = await rawFor(provider, app.config.databaseUrl);
  try {
    const t0 = performance.now();
    await bulkCouncil(app, { resolutions: items, committees: 100, dueDate: dueSql });
    const fillSeconds = (performance.now() - t0) / 1000;
    await app.store.bind({
      address: 'console:chair',
      platform: 'console',
      chatId: 'chair',
      role: 'chair',
      ownerId: null,
      createdBy: 'bench',
    });
    const dispatcher = app.dispatcher();
    const today = civilDate(app.clock.now(), app.config.COUNCIL_TIMEZONE);
    const ops = {
      peygir: async () => {
        const replies = await dispatcher.handle(
          consoleIncoming({ chat: 'chair', user: 'chair', language: 'fa' }, '/status'),
        );
        if (replies[0]?.kind !== 'status') throw new Error('/status did not answer with the overview');
      },
      raw: async () => {
        const { query, params } = listQuery(provider, app.councilId, {});
        const list = toViews(await raw.rows(query, params));
        if (list.length !== items) throw new Error(`the raw join read ${list.length} of ${items} items`);
        digestBlocks(buildDigest(list, today), 'fa');
      },
    };
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
    return { provider, items, fillSeconds, ms: median(times.peygir), rawMs: median(times.raw), vsRaw: median(ratios) };
  } finally {
    await raw.close();
    await app.cleanup();
  }
}

const row = (s: StatusResult): Row => [
  `/status, whole council of ${s.items.toLocaleString('en')} items, ${s.provider}`,
  `${round(s.vsRaw)}× raw`,
  `${round(s.ms, 0)} ms / raw ${round(s.rawMs, 0)} ms`,
  `fixture ${round(s.fillSeconds, 1)} s`,
];

export const statusFigure: Figure = {
  name: 'status',
  async run(quick) {
    const items = quick ? 100_000 : 1_000_000;
    // Each round at a million items takes seconds, and each fixture longer: two rounds keep the run short.
    const rounds = quick ? 3 : 2;
    const sqlite = await benchStatusOn('sqlite', items, rounds);
    const pg = await benchStatusOn('postgresql', items, rounds);
    return {
      rows: [row(sqlite), row(pg)],
      json: { status1MVsRawSqlite: round(sqlite.vsRaw), status1MVsRawPg: round(pg.vsRaw) },
    };
  },
};
