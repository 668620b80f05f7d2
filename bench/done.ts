// `/done N` through grammY's handleUpdate on the real Telegram adapter (update → auth → item read → status
// change and history event → reply), against the same statements sent raw (bench/raw.ts) at the same
// durability, on SQLite and on PostgreSQL. Rounds alternate the two; after each /done an untimed /undo (or a
// raw reset) reopens the item, so every timed operation is a real change and a history event. The statements
// and commits of a /done are counted at the drivers (test/helpers/statements.ts).
import type { Update } from 'grammy/types';
import { chatBindings } from '../src/db/sql/bindings.js';
import { changeWrites } from '../src/db/sql/changes.js';
import { byNumber } from '../src/db/sql/resolutions.js';
import { createBot } from '../src/platforms/telegram/bot.js';
import { messengerDeps } from '../src/platforms/telegram/start.js';
import { bulkCouncil } from '../test/helpers/bulk.js';
import type { Provider } from '../test/helpers/db.js';
import { countStatements } from '../test/helpers/statements.js';
import type { Figure, Row } from './figure.js';
import { BOT_INFO, botApiResult, freshApp, median, percentile, round, settle } from './fixture.js';
import { type Raw, rawFor } from './raw.js';

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

export interface DoneResult {
  provider: Provider;
  /** Median over rounds of raw time / peygir time for the same number of operations. */
  vsRaw: number;
  p50Ms: number;
  p99Ms: number;
  rawP50Ms: number;
  rawP99Ms: number;
  statements: number;
  commits: number;
}

async function benchDoneOn(provider: Provider, opsPerRound: number, rounds: number): Promise<DoneResult> {
  const app = await freshApp(provider);
  let raw: Raw | undefined;
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
    const actor = { platform: 'telegram' as const, userId: String(USER.id), name: USER.first_name };
    const reopen = { name: 'bench_reopen', sql: `UPDATE "Assignment" SET "status" = 'open' WHERE "id" = $1` };
    // The raw /done: what the store sends for it (the chat's bindings only where they are not cached).
    const rawDone = async (n: number) => {
      if (provider === 'postgresql') await r.rows(chatBindings, [ADDRESS, true, app.councilId]);
      const rows = await r.rows(byNumber, [app.councilId, n]);
      const assignmentId = rows[0]![10] as number;
      const change = { assignmentId, from: 'open' as const, to: 'done' as const, note: null, type: 'status' as const };
      const writes = changeWrites(provider, [change], actor, ADDRESS, `raw-${n}`, new Date());
      await r.write(writes.map((w) => ({ q: w.query, params: w.params })));
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
        await r.write([{ q: reopen, params: [id] }]);
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
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const time = { peygir: 0, raw: 0 };
      for (const name of ['peygir', 'raw'] as const) {
        settle();
        const before = lat[name].length;
        for (let i = 0; i < opsPerRound; i++) await ops[name](next(), lat[name]);
        time[name] = lat[name].slice(before).reduce((a, b) => a + b, 0);
      }
      ratios.push(time.raw / time.peygir);
    }
    const p = [...lat.peygir].sort((a, b) => a - b);
    const q = [...lat.raw].sort((a, b) => a - b);
    return {
      provider,
      vsRaw: median(ratios),
      p50Ms: percentile(p, 50),
      p99Ms: percentile(p, 99),
      rawP50Ms: percentile(q, 50),
      rawP99Ms: percentile(q, 99),
      ...counted,
    };
  } finally {
    await raw?.close();
    await app.cleanup();
  }
}

function row(d: DoneResult): Row {
  return [
    `/done on ${d.provider} vs raw`,
    `${round(d.vsRaw)}× raw`,
    `p50 ${round(d.p50Ms)} / raw ${round(d.rawP50Ms)} ms`,
    `p99 ${round(d.p99Ms)} / raw ${round(d.rawP99Ms)} ms; ${d.statements} statements, ${d.commits} commit`,
  ];
}

export const doneFigure: Figure = {
  name: 'done',
  async run(quick) {
    const [ops, rounds] = quick ? [40, 3] : [100, 5];
    const sqlite = await benchDoneOn('sqlite', ops, rounds);
    const pg = await benchDoneOn('postgresql', ops, rounds);
    const both = [sqlite, pg];
    return {
      rows: both.map(row),
      json: {
        doneVsRawSqlite: round(sqlite.vsRaw),
        doneVsRawPg: round(pg.vsRaw),
        doneP99VsRaw: round(Math.max(...both.map((d) => d.p99Ms / d.rawP99Ms))),
        doneStatements: Math.max(...both.map((d) => d.statements)),
        doneCommits: Math.max(...both.map((d) => d.commits)),
      },
    };
  },
};
