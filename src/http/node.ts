// Hands a request to a handler written for Node's own http module (Bolt's receiver), on the shared listener.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import type { HttpEnv } from './server.js';

export type NodeListener = (req: IncomingMessage, res: ServerResponse) => unknown;

/** A Hono handler that lets `listener` read the raw request and write the raw response itself. */
export function nodeHandler(listener: NodeListener) {
  return (c: Context<HttpEnv>) => {
    const { incoming, outgoing } = c.env;
    listener(incoming, outgoing);
    return RESPONSE_ALREADY_SENT;
  };
}
