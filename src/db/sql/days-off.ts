// The desk's corrections to the days off, read by hand: the reminder sweep asks for them every minute, and
// through Prisma that would plan ORM queries in a sweep that otherwise needs none. One statement for both
// tables, kept on SQLite while nothing changes (read-cache.ts).
import type { CalendarCorrections, DayCorrection } from '../../core/schedule/holiday-rules.js';
import type { Query, SqlConnection } from './connection.js';
import { keptRead } from './read-cache.js';

const corrections: Query = {
  name: 'days_off_corrections',
  sql: `SELECT 'day', "date", "off", "name", NULL FROM "DayOffCorrection" WHERE "councilId" = $1
UNION ALL
SELECT 'year', NULL, NULL, NULL, "jalaliYear" FROM "OfficialCalendarYear" WHERE "councilId" = $1`,
};

export async function readCorrections(sql: SqlConnection, councilId: number): Promise<CalendarCorrections> {
  return keptRead(sql, `${corrections.name} ${councilId}`, async () => {
    const days = new Map<string, DayCorrection>();
    const officialYears = new Set<number>();
    for (const c of await sql.rows(corrections, [councilId])) {
      if (c[0] === 'year') officialYears.add(Number(c[4]));
      else days.set(c[1] as string, c[2] ? { off: true, name: (c[3] as string | null) ?? '' } : { off: false });
    }
    return { days, officialYears };
  });
}

const officialYears: Query = {
  name: 'official_calendar_years',
  sql: `SELECT y."jalaliYear" FROM "OfficialCalendarYear" y JOIN "Council" c ON c."id" = y."councilId"
WHERE c."name" = $1`,
};

/** The years a council's desk marked official, by the council's name (doctor reads without creating it). */
export async function readOfficialYears(sql: SqlConnection, councilName: string): Promise<Set<number>> {
  return new Set((await sql.rows(officialYears, [councilName])).map((c) => Number(c[0])));
}
