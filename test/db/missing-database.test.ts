// A PostgreSQL server that runs but lacks the database is not "unreachable": the message says to create it.
import { describe, expect, it } from 'vitest';
import { DatabaseError, openDatabase } from '../../src/db/client.js';
import { PG_ADMIN_URL, postgresAvailable } from '../helpers/db.js';

const pgUp = await postgresAvailable();
const missing = PG_ADMIN_URL.replace(/\/[^/]*$/, `/peygir_missing_${process.pid}`);

describe.skipIf(!pgUp)('a missing PostgreSQL database', () => {
  it.each([
    ['on start-up', false],
    ['on peygir migrate', true],
  ])('is named, with createdb and migrate, %s', async (_when, migrate) => {
    const started = Date.now();
    const err = await openDatabase(missing, { attempts: 5, migrate }).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseError);
    expect(err.message).toContain(`the database "peygir_missing_${process.pid}" does not exist`);
    expect(err.message).toContain(`createdb peygir_missing_${process.pid}`);
    expect(err.message).toContain('peygir migrate');
    expect(err.message).not.toContain('cannot reach');
    // Not retried as if the server were starting up (five attempts would wait 7.5 s).
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
