import type { Protocol } from '../../lib/messages/protocol.ts';
import type { Client } from '../../lib/messages/rpc.ts';

/** The options page talks to the service worker only through this typed function. */
export type Api = Client<Protocol>;

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
