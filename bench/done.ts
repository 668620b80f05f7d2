// `/done N` through grammY's handleUpdate on the real Telegram adapter (update → auth → item read → status
// change and history event → reply), against a raw /done of the bench's own (its own SQL through the driver,
// bench/raw.ts) at the same durability, on SQLite and on PostgreSQL. Rounds alternate the two; after each /done an untimed /undo (or a
// raw reset) reopens the item, so every timed operation is a real change and a history event. The statements
// and commits of a /done are counted at the drivers (test/helpers/statements.ts).
import type { Update } from 'grammy/types';
import { createBot } from '../src/platforms/telegram/bot.js';
import { messengerDeps } from '../src/platforms/telegram/start.js';
import { bulkCouncil } from '../test/helpers/bulk.js';
import type { Provider } from '../test/helpers/db.js';
import { countStatements } from '../test/helpers/statements.js';
import { type Figure, plain, type Row } from './figure.js';
import { BOT_INFO, botApiResult, freshApp, round, settle } from './fixture.js';
import { type RawDb, rawFor } from './raw.js';
import { ratioValue, tail, type Value } from './stats.js';

const CHAT = { id: -555, type: 'group' as const, title: 'کمیته فاوا' };
const USER = { id: 42, is_bot: false, first_name: 'علی', language_code: 'fa' };
const ADDRESS = `telegram:${CHAT.id}`;
const ITEMS = 50;

let updateId = 1;
function command(text: string): Update {
  const word = /^\/\S+/.exec(text)![0];
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 1,
      chat: CHAT,
      from: USER,
      text,
      entities: [{ type: 'bot_command', offset: 0, length: word.length }],
    },
  } as Update;
}

// The raw /done's own SQL: the chat's bindings (PostgreSQL only, where peygir reads them on every command), the
// item with its meeting and current owners, then the share's compare-and-set and its history event in one commit
// (on PostgreSQL one data-modifying statement, as a careful hand would write it).
const RAW_BINDINGS = `SELECT b."role", b."ownerId", o."name" FROM "ChatBinding" b LEFT JOIN "Owner" o ON o."id" = b."ownerId"
WHERE b."councilId" = $1 AND b."address" = $2 AND b."active" = $3`;
const RAW_ITEM = `SELECT r."id", r."text", r."dueDate", m."number", a."id", a."ownerId", o."name", a."status"
FROM "Resolution" r JOIN "Meeting" m ON m."id" = r."meetingId"
JOIN "Assignment" a ON a."resolutionId" = r."id" AND a."removedAt" IS NULL JOIN "Owner" o ON o."id" = a."ownerId"
WHERE r."councilId" = $1 AND r."publicNumber" = $2`;
const RAW_SET = `UPDATE "Assignment" SET "status" = 'done', "updatedAt" = $2 WHERE "id" = $1 AND "status" = 'open'`;
const RAW_EVENT = `INSERT INTO "StatusEvent" ("assignmentId", "type", "fromStatus", "toStatus", "actorPlatform", "actorId",
  "actorName", "chatAddress", "batch", "createdAt") VALUES ($1, 'status', 'open', 'done', 'telegram', $3, $4, $5, $6, $2)`;
const RAW_SET_WITH_EVENT = `WITH changed AS (${RAW_SET} RETURNING "id")
INSERT INTO "StatusEvent" ("assignmentId", "type", "fromStatus", "toStatus", "actorPlatform", "actorId", "actorName",
  "chatAddress", "batch", "createdAt") SELECT "id", 'status', 'open', 'done', 'telegram', $3, $4, $5, $6, $2 FROM changed`;
const RAW_REOPEN = `UPDATE "Assignment" SET "status" = 'open' WHERE "id" = $1`;

/** Per database, at least this many timed /done on each side: the p99 is read from them. */
const SAMPLES = 1000;

export interface DoneResult {
  provider: Provider;
  design: Design;
  /** Median over rounds of raw time / peygir time for the same number of operations. */
  vsRaw: Value;
  p50Ms: number;
  p99Ms: number;
  rawP50Ms: number;
  rawP99Ms: number;
  samples: number;
  statements: number;
  commits: number;
}

/** The statements kept on the connection (the default), or prepared anew for every call (cache 0). */
type Design = 'kept' | 'anew';

async function benchDoneOn(
  provider: Provider,
  opsPerRound: number,
  rounds: number,
  design: Design = 'kept',
): Promise<DoneResult> {
  const app = await freshApp(
    provider,
    design === 'anew' ? { SQLITE_STATEMENT_CACHE: '0', POSTGRES_STATEMENT_CACHE: '0' } : {},
  );
  let raw: RawDb | undefined;
  try {
    const { ownerIds } = await bulkCouncil(app, { resolutions: ITEMS, committees: 1 });
    const ownerId = ownerIds[0]!;
    await app.store.bind({
      address: ADDRESS,
      platform: 'telegram',
      chatId: String(CHAT.id),
      role: 'committee',
      ownerId,
      createdBy: 'bench',
    });
    const peygir = createBot(
      { token: '1:BENCH', botInfo: BOT_INFO, floodControl: false },
      messengerDeps(app, 'telegram'),
    );
    peygir.bot.api.config.use(async (_prev, method, payload) => ({
      ok: true as const,
      result: botApiResult(method, (payload ?? {}) as Record<string, unknown>) as never,
    }));
    const handle = (text: string) => peygir.bot.handleUpdate(command(text));
    raw = await rawFor(provider, app.config.databaseUrl);
    const r = raw;
    // The raw /done (the chat's bindings only where peygir does not keep them).
    const rawDone = async (n: number) => {
      if (provider === 'postgresql') await r.all(RAW_BINDINGS, [app.councilId, ADDRESS, true]);
      const rows = await r.all(RAW_ITEM, [app.councilId, n]);
      const share = rows.find((c) => c[5] === ownerId);
      if (!share) throw new Error(`the raw /done found no share of item ${n}`);
      const assignmentId = share[4] as number;
      const params = [assignmentId, new Date(), String(USER.id), USER.first_name, ADDRESS, `raw-${n}`];
      if (provider === 'postgresql') await r.write([[RAW_SET_WITH_EVENT, params]]);
      else
        await r.write([
          [RAW_SET, params.slice(0, 2)],
          [RAW_EVENT, params],
        ]);
      return assignmentId;
    };
    const ops = {
      peygir: async (n: number, lat: number[]) => {
        const t = performance.now();
        await handle(`/done ${n}`);
        lat.push(performance.now() - t);
        await handle('/undo');
      },
      raw: async (n: number, lat: number[]) => {
        const t = performance.now();
        const id = await rawDone(n);
        lat.push(performance.now() - t);
        await r.write([[RAW_REOPEN, [id]]]);
      },
    };
    // Warm-up (JIT, caches, prepared statements), then the statement count, then the timed rounds.
    let item = 0;
    const next = () => (item++ % ITEMS) + 1;
    for (let i = 0; i < 40; i++) {
      await ops.peygir(next(), []);
      await ops.raw(next(), []);
    }
    const counted = { statements: 0, commits: 0 };
    for (let i = 0; i < 10; i++) {
      const counter = countStatements();
      await handle(`/done ${next()}`);
      const c = counter.stop();
      counted.statements = Math.max(counted.statements, c.statements);
      counted.commits = Math.max(counted.commits, c.commits);
      await handle('/undo');
    }
    const lat = { peygir: [] as number[], raw: [] as number[] };
    const time = { peygir: [] as number[], raw: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      // Alternating which side goes first, so neither always follows the other's writes.
      const order = round % 2 === 0 ? (['peygir', 'raw'] as const) : (['raw', 'peygir'] as const);
      for (const name of order) {
        settle();
        const before = lat[name].length;
        for (let i = 0; i < opsPerRound; i++) await ops[name](next(), lat[name]);
        time[name].push(lat[name].slice(before).reduce((a, b) => a + b, 0));
      }
    }
    const key = `doneVsRaw${provider === 'postgresql' ? 'Pg' : 'Sqlite'}${design === 'kept' ? '' : 'Uncached'}`;
    return {
      provider,
      design,
      vsRaw: ratioValue(key, time.raw, time.peygir),
      p50Ms: tail(lat.peygir, 50),
      p99Ms: tail(lat.peygir, 99),
      rawP50Ms: tail(lat.raw, 50),
      rawP99Ms: tail(lat.raw, 99),
      samples: Math.min(lat.peygir.length, lat.raw.length),
      ...counted,
    };
  } finally {
    await raw?.close();
    await app.cleanup();
  }
}

function row(d: DoneResult): Row {
  return [
    `/done on ${d.provider}${d.design === 'anew' ? ', statements prepared anew,' : ''} vs raw`,
    `${round(d.vsRaw.value)}× raw`,
    `p50 ${round(d.p50Ms)} / raw ${round(d.rawP50Ms)} ms`,
    `p99 ${round(d.p99Ms)} / raw ${round(d.rawP99Ms)} ms of ${d.samples} each; ${d.statements} statements, ${d.commits} commit`,
  ];
}

export const doneFigure: Figure = {
  name: 'done',
  async run(quick) {
    // Both sizes time SAMPLES operations a side; the full run in more, shorter rounds.
    const rounds = quick ? 10 : 20;
    const ops = Math.ceil(SAMPLES / rounds) * (quick ? 1 : 2);
    const sqlite = await benchDoneOn('sqlite', ops, rounds);
    // The design beside it: Prisma's adapter as it comes, preparing every statement anew.
    const anew = await benchDoneOn('sqlite', ops, rounds, 'anew');
    const pg = await benchDoneOn('postgresql', ops, rounds);
    // On PostgreSQL, each statement sent unnamed: parsed and planned by the server on every call.
    const pgAnew = await benchDoneOn('postgresql', ops, rounds, 'anew');
    const both = [sqlite, pg];
    return {
      rows: [sqlite, anew, pg, pgAnew].map(row),
      values: [
        sqlite.vsRaw,
        anew.vsRaw,
        pg.vsRaw,
        pgAnew.vsRaw,
        plain('doneP99VsRaw', Math.max(...both.map((d) => d.p99Ms / d.rawP99Ms))),
        plain('doneStatements', Math.max(...both.map((d) => d.statements))),
        plain('doneCommits', Math.max(...both.map((d) => d.commits))),
      ],
    };
  },
};
