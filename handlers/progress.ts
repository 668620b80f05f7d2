import type { Command } from './context.js';
import { changeStatus } from './status-change.js';

export const progressCommand: Command = {
  name: 'progress',
  summary: { fa: 'گزارش در حال انجام بودن مصوبه', en: 'report an item in progress' },
  run: (ctx) => changeStatus(ctx, 'progress', 'in_progress'),
};
