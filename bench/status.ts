// `/status` for the whole council from the chair's chat (dispatcher → store → digest → reply) against a raw
// `/status` of the bench's own (bench/raw-status.ts: its own join through the driver, its own count), on a
// council of a million items (BENCH_QUICK: 100k) written by bulk SQL, on SQLite and on PostgreSQL. Rounds
// alternate the two; the figure is the median of the per-round ratios.
import { civilDate } from '../src/core/calendar.js';
import { buildDigest } from '../src/core/digest.js';
import { consoleIncoming } from '../src/platforms/console.js';
import { loadResolutions } from '../src/reports/data.js';
import { bulkCouncil } from '../test/helpers/bulk.js';
import type { Provider } from '../test/helpers/db.js';
import { type Figure, interleaved, type Row } from './figure.js';
import { freshApp, median, round } from './fixture.js';
import { rawFor } from './raw.js';
import { rawStatus } from './raw-status.js';
import { ratioValue, type Value } from './stats.js';

/** The first thousand items are due on the bench's day; the rest half far ahead, half without a date. */
export const dueSql = (i: string) => `CASE WHEN ${i} <= 1000 THEN '2025-01-05' WHEN ${i} % 2 = 0 THEN '2031-03-01' END`;

interface StatusResult {
  provider: Provider;
  items: number;
  fillSeconds: number;
  ms: number;
  rawMs: number;
  vsRaw: Value;
}

async function benchStatusOn(provider: Provider, items: number, rounds: number, key: string): Promise<StatusResult> {
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
    // The raw side does the same work: its totals are peygir's.
    const mine = await rawStatus(raw, provider, app.councilId, today);
    const theirs = buildDigest(await loadResolutions(app.store, {}), today);
    const same = { total: theirs.total, done: theirs.done, overdue: theirs.overdue };
    if (JSON.stringify(same) !== JSON.stringify({ total: mine.total, done: mine.done, overdue: mine.overdue })) {
      throw new Error(`the raw /status counts ${JSON.stringify(mine)}, peygir ${JSON.stringify(same)}`);
    }
    if (mine.total !== items) throw new Error(`the raw /status read ${mine.total} of ${items} items`);
    const times = await interleaved(
      {
        peygir: async () => {
          const replies = await dispatcher.handle(
            consoleIncoming({ chat: 'chair', user: 'chair', language: 'fa' }, '/status'),
          );
          if (replies[0]?.kind !== 'status') throw new Error('/status did not answer with the overview');
        },
        raw: () => rawStatus(raw, provider, app.councilId, today),
      },
      rounds,
    );
    return {
      provider,
      items,
      fillSeconds,
      ms: median(times.peygir),
      rawMs: median(times.raw),
      vsRaw: ratioValue(key, times.peygir, times.raw),
    };
  } finally {
    await raw.close();
    await app.cleanup();
  }
}

const row = (s: StatusResult): Row => [
  `/status, whole council of ${s.items.toLocaleString('en')} items, ${s.provider}`,
  `${round(s.vsRaw.value)}× raw`,
  `${round(s.ms, 0)} ms / raw ${round(s.rawMs, 0)} ms`,
  `fixture ${round(s.fillSeconds, 1)} s`,
];

export const statusFigure: Figure = {
  name: 'status',
  async run(quick) {
    const items = quick ? 100_000 : 1_000_000;
    // Each round at a million items takes seconds, and each fixture longer: few rounds keep the run short.
    const rounds = quick ? 5 : 3;
    const sqlite = await benchStatusOn('sqlite', items, rounds, 'status1MVsRawSqlite');
    const pg = await benchStatusOn('postgresql', items, rounds, 'status1MVsRawPg');
    return { rows: [row(sqlite), row(pg)], values: [sqlite.vsRaw, pg.vsRaw] };
  },
};
