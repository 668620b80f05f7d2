// Minutes text of any size, made from the council's sample session: its header and narrative, with the
// resolutions table grown to `resolutions` rows (the sample's seven rows repeated, renumbered in Persian).
import { readFileSync } from 'node:fs';

const SAMPLE = new URL('../src/minutes/samples/census-council-55.fa.txt', import.meta.url);
const faDigits = (n: number) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

export function generateMinutes(resolutions: number): string {
  const lines = readFileSync(SAMPLE, 'utf8').split('\n');
  const first = lines.findIndex((l) => l.startsWith('۱\t'));
  const rows = lines.slice(first, first + 7);
  const table = Array.from({ length: resolutions }, (_, k) =>
    rows[k % rows.length]!.replace(/^[۰-۹]+/, faDigits(k + 1)),
  );
  return [...lines.slice(0, first), ...table, ...lines.slice(first + rows.length)].join('\n');
}
