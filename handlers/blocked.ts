import type { CommandHandler } from './context.js';
import { changeStatus } from './status-change.js';

export const handler: CommandHandler = {
  run: (ctx) => changeStatus(ctx, 'blocked', 'blocked', { reasonRequired: true }),
};
