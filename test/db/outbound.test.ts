// What peygir remembers of the messages it sent, on SQLite and on PostgreSQL: the items a message lists and,
// for a question, the one user whose reply answers it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('sent messages on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  run('keep the items, and whom a question was put to', async () => {
    await app.store.recordOutbound('telegram:-5', '10', { kind: 'list', items: [1, 2] });
    await app.store.recordOutbound('telegram:-5', '11', { kind: 'ask-reason', items: [6], askedUserId: '42' });
    expect(await app.store.outbound('telegram:-5', '10')).toEqual({ kind: 'list', items: [1, 2] });
    expect(await app.store.outbound('telegram:-5', '11')).toEqual({
      kind: 'ask-reason',
      items: [6],
      askedUserId: '42',
    });
    // Sent again under the same id (an edit that replaced it), it is what it says now.
    await app.store.recordOutbound('telegram:-5', '11', { kind: 'status-change', items: [6] });
    expect(await app.store.outbound('telegram:-5', '11')).toEqual({ kind: 'status-change', items: [6] });
    expect(await app.store.outbound('telegram:-5', '12')).toBeNull();
  });
});
