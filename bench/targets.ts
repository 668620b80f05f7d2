// Every figure the bench reports, with its target: the one place targets live. `npm run bench -- --check`
// exits non-zero when a figure misses its target, and docs/performance.md's tables are written from this list
// (`--docs`). A figure without a limit is reported, never judged. Ratios are medians of per-round ratios,
// the two sides timed in the same round (bench/figure.ts).
import type { Target } from './stats.js';

export interface FigureTarget extends Target {
  /** The figure (bench/run.ts's list) that measures it. */
  figure: string;
}

export const TARGETS: FigureTarget[] = [
  {
    figure: 'done',
    key: 'doneVsRawSqlite',
    what: '`/done` on SQLite, raw time / peygir time, against its own statements through better-sqlite3 (WAL, FULL)',
    limit: { op: '>=', value: 0.5 },
  },
  {
    figure: 'done',
    key: 'doneVsRawSqliteUncached',
    what: "the same with `SQLITE_STATEMENT_CACHE=0`: every statement prepared anew, as Prisma's adapter does (the design beside the one chosen)",
  },
  {
    figure: 'done',
    key: 'doneVsRawPg',
    what: '`/done` on PostgreSQL, raw time / peygir time, against its own statements through `pg`',
    limit: { op: '>=', value: 0.5 },
  },
  {
    figure: 'done',
    key: 'doneVsRawPgUncached',
    what: "the same with `POSTGRES_STATEMENT_CACHE=0`: every statement sent unnamed, as Prisma's adapter does, and parsed and planned by the server each time (the design beside the one chosen)",
  },
  {
    figure: 'done',
    key: 'doneP99VsRaw',
    what: '`/done` p99 / the raw p99, the worse database, each from ≥ 1,000 samples',
    limit: { op: '<=', value: 2 },
  },
  {
    figure: 'done',
    key: 'doneStatements',
    what: 'statements per `/done`, the worse database',
    limit: { op: '<=', value: 5 },
  },
  { figure: 'done', key: 'doneCommits', what: 'commits per `/done`', limit: { op: '=', value: 1 } },
  {
    figure: 'status',
    key: 'status1MVsRawSqlite',
    what: '`/status` for a council of 1M items (quick: 100k) on SQLite / a raw read and count of its own',
    limit: { op: '<=', value: 2 },
  },
  {
    figure: 'status',
    key: 'status1MVsRawPg',
    what: 'the same on PostgreSQL',
    limit: { op: '<=', value: 2 },
  },
  {
    figure: 'report',
    key: 'reportVsRaw',
    what: "`/report`'s data for 5k items with history / two raw queries of its own (the worse database)",
    limit: { op: '<=', value: 3 },
  },
  {
    figure: 'report',
    key: 'reportStatementsGrowth',
    what: "statements of `/report`'s data at 5k items minus those at 1k",
    limit: { op: '=', value: 0 },
  },
  { figure: 'report', key: 'reportStatements5k', what: "statements of `/report`'s data at 5k items" },
  {
    figure: 'sweep',
    key: 'sweepRatio1MVs10k',
    what: "the reminder sweep's read path at 1M (quick: 100k) / at 10k open items, same due set",
    limit: { op: '<=', value: 1.3 },
  },
  {
    figure: 'fanout',
    key: 'fanoutVsLimit',
    what: 'fan-out to 1,000 chats (quick: 300) through the rate-limited stand-in / the minimum the limit allows',
    limit: { op: '<=', value: 1.1 },
  },
  { figure: 'fanout', key: 'fanout429s', what: 'answers 429 during the fan-out', limit: { op: '=', value: 0 } },
  {
    figure: 'parse',
    key: 'parse200Ms',
    what: 'parsing a 200-resolution minutes file, ms',
    limit: { op: '<=', value: 50 },
  },
  {
    figure: 'parse',
    key: 'parse200RegisterMs',
    what: 'the same against a register of 200 owners, ms',
    limit: { op: '<=', value: 50 },
  },
  {
    figure: 'import',
    key: 'importVsRaw',
    what: 'importing 2,000 resolutions (quick: 500) / the same rows inserted raw in one transaction, WAL and FULL alike',
    limit: { op: '<=', value: 10 },
  },
  { figure: 'rss', key: 'rssVsBareGrammy', what: 'idle resident set under tsx / a bare grammY bot under tsx' },
  {
    figure: 'ops',
    key: 'startupVsBareGrammy',
    what: 'compiled bot, launch to first poll / a bare grammY bot',
    limit: { op: '<=', value: 2.5 },
  },
  {
    figure: 'ops',
    key: 'memVsPrismaBaseline',
    what: 'compiled bot, private memory after 3 s idle / a process that only connects Prisma',
    limit: { op: '<=', value: 1.25 },
  },
  { figure: 'ops', key: 'idleRssMb', what: 'compiled bot, resident set after 3 s idle, MB' },
  {
    figure: 'ops',
    key: 'startupFloorVsBareGrammy',
    what: 'floor: a bare grammY bot that first connects Prisma / the bare bot',
  },
  { figure: 'ops', key: 'memFloorVsPrismaBaseline', what: "floor's private memory / the Prisma-only process" },
  {
    figure: 'desk',
    key: 'deskRegisterVsRaw',
    what: "the desk register's first page for one owner of 100k items (quick: 10k), totals kept / one raw query of the same 50 rows",
    limit: { op: '<=', value: 2 },
  },
  {
    figure: 'desk',
    key: 'deskRegisterColdVsRaw',
    what: 'the same page right after a write / the raw query right after a write',
    limit: { op: '<=', value: 2 },
  },
  {
    figure: 'desk',
    key: 'deskRegisterColdAllVsRaw',
    what: 'the unfiltered register right after a write / the raw query of its 50 rows right after a write',
    limit: { op: '<=', value: 2 },
  },
  {
    figure: 'desk',
    key: 'deskRegisterOtherWriterVsRaw',
    what: "the owner's page right after another process's write (SQLite drops its page cache) / the raw query likewise",
  },
  { figure: 'desk', key: 'deskPageKb', what: "the owner's page, KB of HTML", limit: { op: '<=', value: 100 } },
];
