// Parsing a generated 200-resolution minutes file: the median of several runs after a warm-up.
import { parseMinutesText } from '../src/minutes/index.js';
import type { Figure } from './figure.js';
import { median, round, settle } from './fixture.js';
import { generateMinutes } from './minutes-text.js';

export interface ParseResult {
  resolutions: number;
  medianMs: number;
  kilobytes: number;
}

export function benchParse(resolutions: number, runs: number): ParseResult {
  const text = generateMinutes(resolutions);
  let found = 0;
  for (let i = 0; i < 5; i++) found = parseMinutesText(text).resolutions.length;
  if (found !== resolutions) throw new Error(`the parser found ${found} of ${resolutions} resolutions`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    const t = performance.now();
    parseMinutesText(text);
    times.push(performance.now() - t);
  }
  return { resolutions, medianMs: median(times), kilobytes: Buffer.byteLength(text) / 1024 };
}

export const parseFigure: Figure = {
  name: 'parse',
  async run() {
    const p = benchParse(200, 15);
    return {
      rows: [['parse 200-resolution minutes', `${round(p.kilobytes, 0)} KB`, `median ${round(p.medianMs, 1)} ms`, '']],
      json: { parse200Ms: round(p.medianMs, 1) },
    };
  },
};
