// /approve 3: the chair approves what item 3's owners asked (more time: the deadline moves).

import { answerRequest } from './answer-request.js';
import type { CommandHandler } from './context.js';

export const handler: CommandHandler = { run: (ctx) => answerRequest(ctx, 'approved') };
