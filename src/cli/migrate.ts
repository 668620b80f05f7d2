// peygir migrate: apply pending migrations (the embedded database does this itself at start-up).

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from '../config.js';
import { sqlitePath } from '../db/client.js';
import { migratePostgres, migrateSqlite } from '../db/migrate.js';
import type { CliCommand } from './types.js';

export const migrateCli: CliCommand = {
  name: 'migrate',
  usage: 'migrate                    apply pending database migrations',
  async run(_args, io) {
    const config = loadConfig();
    let applied: string[];
    if (config.provider === 'sqlite') {
      const file = sqlitePath(config.databaseUrl);
      mkdirSync(dirname(file), { recursive: true });
      applied = migrateSqlite(file);
    } else {
      applied = await migratePostgres(config.databaseUrl);
    }
    io.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
    return 0;
  },
};
