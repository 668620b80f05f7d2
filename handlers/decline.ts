// /decline 3 reason: the chair declines what item 3's owners asked; their chat gets the reason.

import { answerRequest } from './answer-request.js';
import type { CommandHandler } from './context.js';

export const handler: CommandHandler = { run: (ctx) => answerRequest(ctx, 'declined') };
