// The progress chart: one stacked bar per committee (done / in progress / open / blocked / overdue), Persian labels
// in Vazirmatn, right to left. satori lays the element tree out into SVG; resvg rasterises it to PNG.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { formatJalali } from '../core/calendar.js';
import { MESSAGES, type Messages } from '../core/i18n.js';
import type { ResolutionView } from '../core/ports.js';
import type { Language } from '../core/types.js';
import { type CommitteeCounts, committeeCounts } from './data.js';

export const CHART_WIDTH = 900;
const PAD = 24;
const TITLE_H = 44;
const LEGEND_H = 36;
const ROW_H = 40;
const LABEL_W = 250;
const TOTAL_W = 56;
const BAR_W = CHART_WIDTH - 2 * PAD - LABEL_W - TOTAL_W;

/** The PNG's height for a number of committees (an empty chart keeps one row for its message). */
export function chartHeight(committees: number): number {
  return 2 * PAD + TITLE_H + LEGEND_H + Math.max(committees, 1) * ROW_H;
}

/** The five stacked parts, in the digest's order: blocked items are a part of their own, not a shade of open. */
export const PARTS = [
  { key: 'done', color: '#2e7d32', count: (c: CommitteeCounts) => c.done, label: (t: Messages) => t.status.done },
  {
    key: 'in_progress',
    color: '#1565c0',
    count: (c: CommitteeCounts) => c.inProgress,
    label: (t: Messages) => t.status.in_progress,
  },
  { key: 'open', color: '#9e9e9e', count: (c: CommitteeCounts) => c.open, label: (t: Messages) => t.status.open },
  {
    key: 'blocked',
    color: '#ef6c00',
    count: (c: CommitteeCounts) => c.blocked,
    label: (t: Messages) => t.status.blocked,
  },
  { key: 'overdue', color: '#c62828', count: (c: CommitteeCounts) => c.overdue, label: (t: Messages) => t.overdue },
] as const;

/** What satori takes: an element tree shaped like React's, without React. */
interface El {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | El | El[] };
}
const div = (style: El['props']['style'], children?: El['props']['children']): El => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/**
 * satori shapes Arabic script but lays words out left to right, so a Persian phrase (also an owner's name
 * on an English chart) is given word by word in a reversed row; each word keeps its own correct shaping.
 */
function words(text: string, style: El['props']['style'] = {}): El {
  if (!ARABIC_SCRIPT.test(text)) return div(style, text);
  const parts = text.split(/\s+/).filter(Boolean);
  return div(
    { flexDirection: 'row-reverse', ...style },
    parts.map((w, i) => div(i === 0 ? {} : { marginRight: '0.28em' }, w)),
  );
}

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  const require = createRequire(import.meta.url);
  const file = (w: string) => readFile(require.resolve(`vazirmatn/fonts/ttf/Vazirmatn-${w}.ttf`));
  fonts ??= Promise.all([file('Regular'), file('Bold')]).then(([regular, bold]) => [
    { name: 'Vazirmatn', data: regular, weight: 400, style: 'normal' },
    { name: 'Vazirmatn', data: bold, weight: 700, style: 'normal' },
  ]);
  return fonts;
}

function row(c: CommitteeCounts, max: number, lang: Language): El {
  const t = MESSAGES[lang];
  const dir = lang === 'fa' ? 'row-reverse' : 'row';
  const segments = PARTS.filter((p) => p.count(c) > 0).map((p) => {
    const width = Math.max(2, Math.round((p.count(c) / max) * BAR_W));
    const label = width >= 22 ? t.num(p.count(c)) : '';
    return div(
      {
        width,
        flexShrink: 0,
        height: 26,
        background: p.color,
        color: '#fff',
        fontSize: 14,
        alignItems: 'center',
        justifyContent: 'center',
      },
      label,
    );
  });
  return div({ flexDirection: dir, alignItems: 'center', height: ROW_H }, [
    // Long names wrap onto a second line inside the label column instead of squeezing the bars.
    div({ width: LABEL_W, flexShrink: 0, justifyContent: 'flex-end' }, [
      words(c.name, { fontSize: 15, marginLeft: 10, marginRight: 10, maxWidth: LABEL_W - 20, flexWrap: 'wrap' }),
    ]),
    div({ width: BAR_W, flexShrink: 0, flexDirection: dir }, segments),
    div({ width: TOTAL_W, flexShrink: 0, justifyContent: 'center', fontSize: 15, color: '#424242' }, t.num(c.total)),
  ]);
}

/** A PNG of per-committee progress for the given resolutions, as of `today`. */
export async function renderStatusChart(resolutions: ResolutionView[], today: string, lang: Language): Promise<Buffer> {
  const t = MESSAGES[lang];
  const counts = committeeCounts(resolutions, today);
  const max = Math.max(1, ...counts.map((c) => c.total));
  const dir = lang === 'fa' ? 'row-reverse' : 'row';
  const legend = div(
    { flexDirection: dir, height: LEGEND_H, alignItems: 'center', gap: 20, fontSize: 15 },
    PARTS.map((p) =>
      div({ flexDirection: dir, alignItems: 'center', gap: 6 }, [
        div({ width: 14, height: 14, background: p.color }),
        words(p.label(t)),
      ]),
    ),
  );
  const body = counts.length > 0 ? counts.map((c) => row(c, max, lang)) : [words(t.nothingYet)];
  const height = chartHeight(counts.length);
  // The outer box paints the page; the inner one holds the margins (satori adds padding to a set width).
  const tree = div({ width: CHART_WIDTH, height, background: '#ffffff' }, [
    div(
      {
        flexDirection: 'column',
        margin: PAD,
        width: CHART_WIDTH - 2 * PAD,
        color: '#212121',
        fontFamily: 'Vazirmatn',
        alignItems: lang === 'fa' ? 'flex-end' : 'flex-start',
      },
      [
        div({ height: TITLE_H, fontSize: 22, fontWeight: 700 }, [words(t.chartTitle(formatJalali(today, lang)))]),
        legend,
        div({ flexDirection: 'column', width: CHART_WIDTH - 2 * PAD }, body),
      ],
    ),
  ]);
  const svg = await satori(tree as never, { width: CHART_WIDTH, height, fonts: await loadFonts() });
  // satori has already turned text into paths: no system fonts needed, and the output is the same everywhere.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
