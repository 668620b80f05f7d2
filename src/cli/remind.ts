// peygir remind --dry-run [--at ISO-TIME] [--json]: what the reminder engine would send at that instant
// (kind, committee, chat, items, key), without sending or claiming anything.
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { withApp } from './app.js';
import { type CliCommand, CliError, option } from './types.js';

export const remindCli: CliCommand = {
  name: 'remind',
  usage: 'remind --dry-run [--at 2022-11-01T05:30:00Z] [--json]',
  async run(args, io) {
    if (option(args, 'dry-run') === undefined) {
      throw new CliError('only --dry-run is supported here; the running bot sends reminders itself');
    }
    const atText = option(args, 'at');
    const at = atText ? new Date(atText) : new Date();
    if (Number.isNaN(at.getTime())) throw new CliError(`--at: not an ISO time: "${atText}"`);
    return withApp(async (app) => {
      const engine = new ReminderEngine(app, []);
      const { occurrences, bindings } = await engine.due(at);
      const byId = new Map(bindings.map((b) => [b.id, b]));
      const rows = occurrences.map((o) => ({
        kind: o.kind,
        committee: byId.get(o.bindingId)?.ownerName ?? null,
        chat: o.address,
        items: o.publicNumber === null ? [] : [o.publicNumber],
        key: o.key,
        at: o.at.toISOString(),
      }));
      if (option(args, 'json') !== undefined) {
        io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else if (rows.length === 0) {
        io.stdout.write(`nothing due at ${at.toISOString()}\n`);
      } else {
        for (const r of rows) {
          io.stdout.write(
            `${r.at}  ${r.kind.padEnd(11)} ${r.chat}  ${r.committee ?? '-'}  ${r.items.join(',')}  ${r.key}\n`,
          );
        }
      }
      return 0;
    });
  },
};
