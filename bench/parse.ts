// Parsing a generated 200-resolution minutes file: the median of several runs after a warm-up, bare and with
// a council register of 200 owners (each with two other names) for the reader to recognise.
import { type KnownOwner, parseMinutesText } from '../src/minutes/index.js';
import { type Figure, plain } from './figure.js';
import { median, round, settle } from './fixture.js';
import { generateMinutes } from './minutes-text.js';

export interface ParseResult {
  resolutions: number;
  medianMs: number;
  /** The same file read against a register of as many owners. */
  withRegisterMs: number;
  kilobytes: number;
}

function register(owners: number): KnownOwner[] {
  const names = ['کمیته فاوا', 'کمیته تامین داده', 'دبیرخانه', 'کارگروه روش شناسی', 'سازمان برنامه و بودجه'];
  const made = Array.from({ length: owners - names.length }, (_, i) => ({
    name: `کمیته استانی شماره ${i + 1}`,
    aliases: [`کمیته استانی ${i + 1}`, `کارگروه استانی ${i + 1}`],
  }));
  return [...names.map((name) => ({ name, aliases: [name] })), ...made];
}

function timed(text: string, runs: number, opts: Parameters<typeof parseMinutesText>[1]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    const t = performance.now();
    parseMinutesText(text, opts);
    times.push(performance.now() - t);
  }
  return median(times);
}

export function benchParse(resolutions: number, runs: number): ParseResult {
  const text = generateMinutes(resolutions);
  const knownOwners = register(resolutions);
  let found = 0;
  for (let i = 0; i < 5; i++) found = parseMinutesText(text, { knownOwners }).resolutions.length;
  if (found !== resolutions) throw new Error(`the parser found ${found} of ${resolutions} resolutions`);
  return {
    resolutions,
    medianMs: timed(text, runs, {}),
    withRegisterMs: timed(text, runs, { knownOwners }),
    kilobytes: Buffer.byteLength(text) / 1024,
  };
}

export const parseFigure: Figure = {
  name: 'parse',
  async run() {
    const p = benchParse(200, 15);
    return {
      rows: [
        ['parse 200-resolution minutes', `${round(p.kilobytes, 0)} KB`, `median ${round(p.medianMs, 1)} ms`, ''],
        ['the same with 200 registered owners', '', `median ${round(p.withRegisterMs, 1)} ms`, ''],
      ],
      values: [plain('parse200Ms', p.medianMs), plain('parse200RegisterMs', p.withRegisterMs)],
    };
  },
};
