// Reading the database back in Slack tests.
import type { App } from '../../src/app.js';

export async function statuses(app: App, n: number): Promise<Record<string, string>> {
  const r = await app.store.getResolution({ kind: 'number', number: n });
  return Object.fromEntries((r?.assignments ?? []).map((a) => [a.ownerName, a.status]));
}

export async function history(app: App, n: number) {
  const r = await app.store.getResolution({ kind: 'number', number: n });
  return (await app.store.history(r!.id)).filter((e) => e.type !== 'import');
}
