// The peygir command line: `npm run --silent peygir -- <command>`.
import { createInterface } from 'node:readline/promises';
import { remindCli } from '../jobs/remind-cli.js';
import { backupCli, restoreCli } from './cli/backup.js';
import { deskLinkCli } from './cli/desk-link.js';
import { doctorCli } from './cli/doctor.js';
import { exportCli } from './cli/export.js';
import { importCli } from './cli/import.js';
import { inviteCli } from './cli/invite.js';
import { migrateCli } from './cli/migrate.js';
import { ownersCli } from './cli/owners.js';
import { parseCli } from './cli/parse.js';
import { type CliCommand, CliError, type CliIo } from './cli/types.js';
import { ConfigError } from './config.js';
import { DatabaseError, sqliteDriverError } from './db/client.js';
import { MinutesError } from './minutes/types.js';

export const CLI_COMMANDS: CliCommand[] = [
  parseCli,
  importCli,
  ownersCli,
  inviteCli,
  exportCli,
  migrateCli,
  remindCli,
  backupCli,
  restoreCli,
  doctorCli,
  deskLinkCli,
];

const io: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  interactive: process.stdin.isTTY === true,
  async confirm(question) {
    if (!process.stdin.isTTY) return false;
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(`${question} [y/N] `);
    rl.close();
    return /^(y|yes|بله|آره)$/i.test(answer.trim());
  },
};

async function main(argv: string[]): Promise<number> {
  try {
    process.loadEnvFile();
  } catch {
    // No .env file.
  }
  const [name, ...args] = argv;
  const command = CLI_COMMANDS.find((c) => c.name === name);
  if (!command) {
    const usage = `usage: peygir <command>\n\n${CLI_COMMANDS.map((c) => `  ${c.usage}`).join('\n')}\n`;
    if (!name || name === 'help' || name === '--help') {
      io.stdout.write(usage);
      return 0;
    }
    // A mistyped command is an error: said first, on stderr, with the commands there are.
    io.stderr.write(`peygir: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (thrown) {
    const err = sqliteDriverError(thrown) ?? thrown;
    if (
      err instanceof CliError ||
      err instanceof ConfigError ||
      err instanceof DatabaseError ||
      err instanceof MinutesError
    ) {
      io.stderr.write(`peygir ${name}: ${err.message}\n`);
      return 1;
    }
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') {
      io.stderr.write(`peygir ${name}: file not found: ${e.path ?? ''}\n`);
      return 1;
    }
    io.stderr.write(`peygir ${name}: ${e.message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
