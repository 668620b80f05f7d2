import type { Command } from './context.js';
import { changeStatus } from './status-change.js';

export const blockedCommand: Command = {
  name: 'blocked',
  summary: { fa: 'گزارش مانع، با دلیل', en: 'report an item blocked, with the reason' },
  run: (ctx) => changeStatus(ctx, 'blocked', 'blocked', { reasonRequired: true }),
};
