import type { Command } from './context.js';
import { changeStatus } from './status-change.js';

export const doneCommand: Command = {
  name: 'done',
  summary: { fa: 'گزارش انجام شدن مصوبه', en: 'report an item done' },
  run: (ctx) => changeStatus(ctx, 'done', 'done'),
};
