// peygir remind --dry-run [--at ISO-TIME] [--json]: what the reminder engine would send at that instant
// (kind, committee, chat, items, key), without sending or claiming anything. It lives with the engine it asks;
// the command line (src/cli.ts), a composition root like src/main.ts, lists it.
import { withApp } from '../src/cli/app.js';
import { type CliCommand, CliError, option } from '../src/cli/types.js';
import { safirConfigured } from '../src/config.js';
import { groupBy } from '../src/db/reminders.js';
import { composeReminder } from './compose.js';
import { ReminderEngine } from './send-due-reminders.js';

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
      const due = await engine.due(at);
      const byId = new Map(due.bindings.map((b) => [b.id, b]));
      const rows = [];
      // Each chat's message is composed exactly as the sweep would compose it, so what is listed is what
      // would be sent: a digest with nothing left to say is not listed, and a digest lists its items.
      for (const [address, list] of groupBy(due.occurrences, (o) => o.address)) {
        // A phone number is sent to only where Safir is configured (an owner's chats, wherever they are, are).
        if (address.startsWith('safir:') && !safirConfigured(app.config)) continue;
        const bindings = due.bindings.filter((b) => b.address === address);
        const dueRows = list.map((o) => ({ ...o, dueAt: o.at }));
        const { reply } = await composeReminder({ app, ...due }, bindings, dueRows, at);
        if (!reply) continue;
        const sent = new Set(reply.items ?? []);
        const ofItems = new Set(list.map((o) => o.publicNumber).filter((n) => n !== null));
        for (const o of list) {
          if (o.publicNumber !== null && !sent.has(o.publicNumber)) continue; // done or snoozed meanwhile
          const items =
            o.publicNumber !== null
              ? [o.publicNumber]
              : o.kind === 'weekly'
                ? [...sent].filter((n) => !ofItems.has(n))
                : [];
          rows.push({
            kind: o.kind,
            committee: byId.get(o.bindingId)?.ownerName ?? null,
            chat: o.address,
            items,
            key: o.key,
            at: o.at.toISOString(),
          });
        }
      }
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
