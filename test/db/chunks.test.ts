// Reads by a list of ids stay under every database's parameter limit: the chunking helper itself, and the
// reminder sweep's reads over a council with more due items than SQLite allows parameters (32,766).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/schedule/settings.js';
import { workCalendar } from '../../src/core/schedule/workdays.js';
import { CHUNK, chunks, PARAMETER_LIMIT, readInChunks } from '../../src/db/chunks.js';
import { loadCandidates, loadItems } from '../../src/db/reminder-candidates.js';
import { bulkCouncil } from '../helpers/bulk.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';

const pgUp = await postgresAvailable();

describe('chunks', () => {
  it('splits in order into pieces of at most the size, none empty', () => {
    const ids = Array.from({ length: 25 }, (_, i) => i);
    const parts = chunks(ids, 10);
    expect(parts.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(parts.flat()).toEqual(ids);
    expect(chunks([], 10)).toEqual([]);
    expect(() => chunks(ids, 0)).toThrow(RangeError);
  });

  it('keeps every chunk, three times over (one IN list per include level), under both limits', () => {
    expect(CHUNK * 3).toBeLessThan(Math.min(PARAMETER_LIMIT.sqlite, PARAMETER_LIMIT.postgresql));
  });

  it('reads every chunk once and concatenates the results in order', async () => {
    const seen: number[] = [];
    const ids = Array.from({ length: CHUNK * 2 + 3 }, (_, i) => i);
    const out = await readInChunks(ids, async (chunk) => {
      seen.push(chunk.length);
      return chunk.map((id) => id * 2);
    });
    expect(seen).toEqual([CHUNK, CHUNK, 3]);
    expect(out).toEqual(ids.map((id) => id * 2));
  });
});

describe.each(['sqlite', 'postgresql'] as Provider[])('reminder reads over 40,000 due items on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
  });
  afterEach(async () => app?.cleanup());

  it.skipIf(provider === 'postgresql' && !pgUp)(
    'loads every overdue item with its owner, and every item a message names',
    async () => {
      await bulkCouncil(app, { resolutions: 40_000, committees: 4, dueDate: () => `'2024-06-01'` });
      const config = app.config;
      const c = await loadCandidates(app.db.prisma, app.councilId, {
        now: new Date('2025-01-05T05:31:00Z'),
        timeZone: config.COUNCIL_TIMEZONE,
        calendar: workCalendar(config),
        defaults: defaultSettings(config),
      });
      expect(c.resolutions).toHaveLength(40_000);
      expect(c.resolutions.every((r) => r.assignments.length === 1 && r.assignments[0]!.ownerName)).toBe(true);
      const ids = c.resolutions.map((r) => r.id);
      const items = await loadItems(app.db.prisma, [...ids, ids[0]!]);
      expect(items.size).toBe(40_000);
      expect(items.get(ids[7]!)?.text).toBe(c.resolutions[7]!.text);
    },
    180_000,
  );
});
