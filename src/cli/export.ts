// peygir export --format json [--out FILE]: every resolution with its per-owner status.
import { writeFile } from 'node:fs/promises';
import { resolutionProgress } from '../core/status.js';
import { withApp } from './app.js';
import { type CliCommand, CliError, option } from './types.js';

export const exportCli: CliCommand = {
  name: 'export',
  usage: 'export --format json [--out FILE]   resolutions with owners and statuses',
  async run(args, io) {
    const format = option(args, 'format') ?? 'json';
    if (format !== 'json') throw new CliError(`unknown format "${format}" (expected json)`);
    return withApp(async (app) => {
      const all = await app.store.listResolutions();
      const data = {
        resolutions: all.map((r) => ({
          number: r.publicNumber,
          meeting: r.meetingNumber,
          row: r.row,
          text: r.text,
          status: resolutionProgress(r.assignments.map((a) => a.status)).status,
          dueDate: r.dueDate,
          owners: r.assignments.map((a) => ({ name: a.ownerName, status: a.status })),
        })),
      };
      const out = `${JSON.stringify(data, null, 2)}\n`;
      const file = option(args, 'out');
      if (file) await writeFile(file, out);
      else io.stdout.write(out);
      return 0;
    });
  },
};
