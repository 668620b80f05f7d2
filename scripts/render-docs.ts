// Renders the README's pictures from the test scenario (the 55th session plus meeting 56, as of
// 1401/09/10): docs/chart.png and docs/status-sample.txt. With --update-reference it also rewrites the
// reference image the chart test compares against; do that only after checking the new chart by eye.
import { mkdir, writeFile } from 'node:fs/promises';
import { renderStatusChart } from '../src/reports/chart.js';
import { chatter } from '../test/helpers/chat.js';
import { reportApp, TODAY } from '../test/reports/scenario.js';

const root = new URL('../', import.meta.url);
const app = await reportApp();
try {
  const chart = await renderStatusChart(await app.store.listResolutions(), TODAY, 'fa');
  await mkdir(new URL('docs/', root), { recursive: true });
  await writeFile(new URL('docs/chart.png', root), chart);
  if (process.argv.includes('--update-reference')) {
    await writeFile(new URL('test/reports/reference-chart.png', root), chart);
  }
  const say = chatter(app);
  await say('chair', '/link chair');
  await writeFile(new URL('docs/status-sample.txt', root), `${await say('chair', '/status')}\n`);
} finally {
  await app.cleanup();
}
