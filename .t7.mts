import { writeFileSync } from 'node:fs';
import { reportApp, TODAY } from './test/reports/scenario.ts';
import { renderStatusChart } from './src/reports/chart.ts';
const app = await reportApp();
const list = await app.store.listResolutions();
writeFileSync('/tmp/w7/c.png', await renderStatusChart(list, TODAY, 'fa'));
writeFileSync('/tmp/w7/c-en.png', await renderStatusChart(list, TODAY, 'en'));
writeFileSync('/tmp/w7/c-empty.png', await renderStatusChart([], TODAY, 'fa'));
await app.cleanup();
