// The progress chart: rendered for the scenario, sized by its committees, and compared pixel by pixel with
// the committed reference (regenerate with `npx tsx scripts/render-docs.ts --update-reference`).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import type { ResolutionView } from '../../src/core/ports.js';
import { CHART_WIDTH, chartHeight, PARTS, renderStatusChart } from '../../src/reports/chart.js';
import { committeeCounts } from '../../src/reports/data.js';
import type { TestApp } from '../helpers/db.js';
import { decodePng, pixelDifference, pngSize } from './png.js';
import { reportApp, TODAY } from './scenario.js';

let app: TestApp;
let list: ResolutionView[];
beforeAll(async () => {
  app = await reportApp();
  list = await app.store.listResolutions();
});
afterAll(async () => app?.cleanup());

/** Differing pixels allowed: anti-aliasing may move slightly between resvg builds; a changed bar may not. */
const TOLERANCE = 0.002;

describe('status chart', () => {
  it('counts every part for the scenario', () => {
    const fava = committeeCounts(list, TODAY).find((c) => c.name === 'کمیته فاوا');
    expect(fava).toMatchObject({ done: 2, inProgress: 1, open: 1, overdue: 3, blocked: 0, total: 7 });
  });

  it('draws each count once, blocked items as a part of their own (not painted as «باز»)', () => {
    const counts = {
      ownerId: 1,
      name: 'کمیته فاوا',
      open: 2,
      inProgress: 1,
      done: 4,
      blocked: 3,
      overdue: 5,
      percent: null,
      total: 15,
    };
    const drawn = Object.fromEntries(PARTS.map((p) => [p.key, p.count(counts)]));
    expect(drawn).toEqual({ done: 4, in_progress: 1, open: 2, blocked: 3, overdue: 5 });
    expect(Object.values(drawn).reduce((a, b) => a + b, 0)).toBe(counts.total);
    expect(PARTS.find((p) => p.key === 'blocked')!.label(MESSAGES.fa)).toBe('مانع دارد');
    expect(new Set(PARTS.map((p) => p.color)).size).toBe(PARTS.length);
  });

  it('is a PNG one row per committee tall', async () => {
    const png = await renderStatusChart(list, TODAY, 'fa');
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: chartHeight(5) });
    expect(pngSize(await renderStatusChart([], TODAY, 'en'))).toEqual({ width: CHART_WIDTH, height: chartHeight(0) });
  });

  it('matches the committed reference image', async () => {
    const reference = decodePng(await readFile(new URL('./reference-chart.png', import.meta.url)));
    const chart = decodePng(await renderStatusChart(list, TODAY, 'fa'));
    expect([chart.width, chart.height]).toEqual([reference.width, reference.height]);
    expect(pixelDifference(chart.pixels, reference.pixels)).toBeLessThan(TOLERANCE);
  });

  it('differs from the reference when one committee’s progress changes', async () => {
    const reference = decodePng(await readFile(new URL('./reference-chart.png', import.meta.url)));
    const moved = list.map((r) =>
      r.publicNumber === 7 ? { ...r, assignments: r.assignments.map((a) => ({ ...a, status: 'done' as const })) } : r,
    );
    const chart = decodePng(await renderStatusChart(moved, TODAY, 'fa'));
    expect(pixelDifference(chart.pixels, reference.pixels)).toBeGreaterThan(TOLERANCE);
  });
});
