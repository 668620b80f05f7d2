// Importing minutes with many resolutions, against the same rows inserted raw in one transaction (prepared
// better-sqlite3 statements on the same file, at peygir's durability: WAL, synchronous = FULL, foreign keys):
// how much the importer's planning, owner matching and history cost on top of the bare writes. Each round is a
// fresh database holding both; the two go in alternating order, and the figure is the median of the rounds' ratios.
import type Database from 'better-sqlite3';
import { sqlitePath } from '../src/db/client.js';
import { importMinutes } from '../src/db/import.js';
import type { ParsedMinutes } from '../src/minutes/types.js';
import type { Figure } from './figure.js';
import { freshApp, median, round, settle } from './fixture.js';
import { openSqlite } from './raw.js';
import { ratioValue, type Value } from './stats.js';

const OWNERS = ['کمیته فاوا', 'دبیرخانه', 'کارگروه روش شناسی', 'کمیته تامین داده'];

function minutesOf(count: number): ParsedMinutes {
  return {
    meeting: {
      number: '90',
      date: '1403-01-20',
      calendar: 'jalali',
      gregorianDate: '2024-04-08',
      chair: null,
      secretary: null,
      startTime: null,
      endTime: null,
    },
    resolutions: Array.from({ length: count }, (_, i) => ({
      number: i + 1,
      text: `مقرر شد گزارش شماره ${i + 1} تهیه و ارسال شود.`,
      owners: i % 3 === 0 ? [OWNERS[i % 4]!, OWNERS[(i + 1) % 4]!] : [OWNERS[i % 4]!],
      deadline: null,
      dueDate: null,
    })),
    warnings: [],
  };
}

/** The rows an import writes, inserted with prepared statements in one transaction. */
function insertRaw(file: string, councilId: number, minutes: ParsedMinutes): number {
  const db: Database.Database = openSqlite(file);
  try {
    const started = performance.now();
    db.transaction(() => {
      const now = new Date().toISOString();
      const meeting = db
        .prepare(
          'INSERT INTO Meeting (councilId, key, number, sourceText, importedAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(councilId, 'raw', 'raw', 'raw', now, now).lastInsertRowid;
      const ownerIds = new Map<string, number | bigint>();
      const owner = db.prepare('INSERT INTO Owner (councilId, name, createdAt) VALUES (?, ?, ?)');
      for (const name of OWNERS) ownerIds.set(name, owner.run(councilId, `raw ${name}`, now).lastInsertRowid);
      const resolution = db.prepare(
        'INSERT INTO Resolution (councilId, meetingId, row, publicNumber, text, dueAtNextMeeting, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
      );
      const assignment = db.prepare(
        'INSERT INTO Assignment (resolutionId, ownerId, status, updatedAt, createdAt) VALUES (?, ?, ?, ?, ?)',
      );
      const event = db.prepare(
        'INSERT INTO StatusEvent (assignmentId, type, toStatus, actorPlatform, actorId, chatAddress, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const r of minutes.resolutions) {
        const id = resolution.run(councilId, meeting, r.number, 100_000 + r.number, r.text, now, now).lastInsertRowid;
        for (const name of r.owners) {
          const a = assignment.run(id, ownerIds.get(name)!, 'open', now, now).lastInsertRowid;
          event.run(a, 'import', 'open', 'console', 'bench', 'console:import', now);
        }
      }
    })();
    return performance.now() - started;
  } finally {
    db.close();
  }
}

export interface ImportBench {
  resolutions: number;
  importMs: number;
  rawMs: number;
  importVsRaw: Value;
}

export async function benchImport(count: number, rounds: number): Promise<ImportBench> {
  const minutes = minutesOf(count);
  const actor = { platform: 'console' as const, userId: 'bench', name: 'bench' };
  const imports: number[] = [];
  const raws: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const app = await freshApp('sqlite');
    try {
      const peygir = async () => {
        settle();
        const started = performance.now();
        await importMinutes(app.db.prisma, app.councilId, minutes, { text: 'bench' }, actor);
        imports.push(performance.now() - started);
      };
      const raw = () => {
        settle();
        raws.push(insertRaw(sqlitePath(app.config.databaseUrl), app.councilId, minutes));
      };
      if (i % 2 === 0) {
        await peygir();
        raw();
      } else {
        raw();
        await peygir();
      }
    } finally {
      await app.cleanup();
    }
  }
  return {
    resolutions: count,
    importMs: median(imports),
    rawMs: median(raws),
    importVsRaw: ratioValue('importVsRaw', imports, raws),
  };
}

export const importFigure: Figure = {
  name: 'import',
  async run(quick) {
    const r = await benchImport(quick ? 500 : 2000, quick ? 5 : 9);
    return {
      rows: [
        [
          `import ${r.resolutions} resolutions`,
          `${round(r.importMs, 0)} ms`,
          `raw inserts ${round(r.rawMs, 0)} ms`,
          `${round(r.importVsRaw.value, 1)}×`,
        ],
      ],
      values: [r.importVsRaw],
    };
  },
};
