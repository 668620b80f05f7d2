// peygir doctor: checks the installation and says what to do about each problem; exit 1 when one fails.
import { doctorTable, runDoctor } from '../ops/doctor.js';
import type { CliCommand } from './types.js';

export const doctorCli: CliCommand = {
  name: 'doctor',
  usage: 'doctor                     check configuration, database, days off, tokens, webhooks, clock and disk',
  async run(_args, io) {
    const checks = await runDoctor();
    io.stdout.write(doctorTable(checks));
    return checks.some((c) => c.verdict === 'fail') ? 1 : 0;
  },
};
