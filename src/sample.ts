// The sample minutes the console chat starts with: a copy of the council's 55th session.
import { fileURLToPath } from 'node:url';
import type { App } from './app.js';
import { importMinutes } from './db/import.js';
import { parseMinutesFile, readMinutesFile } from './minutes/index.js';

export const SAMPLE_MINUTES = fileURLToPath(new URL('./minutes/samples/census-council-55.fa.txt', import.meta.url));

/** Imports the sample minutes when the database has no meeting yet; returns whether it did. */
export async function seedSampleMinutes(app: App): Promise<boolean> {
  if ((await app.db.prisma.meeting.count({ where: { councilId: app.councilId } })) > 0) return false;
  const { text } = await readMinutesFile(SAMPLE_MINUTES);
  const parsed = await parseMinutesFile(SAMPLE_MINUTES, { knownOwners: await app.register.known() });
  await importMinutes(
    app.db.prisma,
    app.councilId,
    parsed,
    { text, name: 'census-council-55.fa.txt' },
    { platform: 'console', userId: 'sample', name: 'sample' },
  );
  return true;
}
