import { browser } from 'wxt/browser';
import type { Protocol } from './protocol.ts';
import { type Client, createClient } from './rpc.ts';

/** Sends typed requests to the service worker (from content scripts and extension pages). */
export const request: Client<Protocol> = createClient<Protocol>((envelope) =>
  browser.runtime.sendMessage(envelope),
);
