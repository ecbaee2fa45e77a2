/**
 * Typed request/response messaging between contexts. A protocol is an interface mapping each
 * request type to `{request, response}`; both sides are checked against it at compile time.
 */
export interface RequestSpec {
  request: unknown;
  response: unknown;
}

export type ProtocolShape<P> = { [K in keyof P]: RequestSpec };

export type RequestOf<P, K extends keyof P> = P[K] extends RequestSpec ? P[K]['request'] : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends RequestSpec ? P[K]['response'] : never;

export interface Envelope {
  tactful: 1;
  type: string;
  payload: unknown;
}

export type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export type Handlers<P> = {
  [K in keyof P]: (
    payload: RequestOf<P, K>,
    sender: SenderInfo,
  ) => Promise<ResponseOf<P, K>> | ResponseOf<P, K>;
};

export interface SenderInfo {
  tabId: number | null;
  url: string | null;
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).tactful === 1 &&
    typeof (message as Envelope).type === 'string'
  );
}

/** A request failed on the other side; the message is meant for the user. */
export class RemoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemoteError';
  }
}

export type Client<P> = <K extends keyof P & string>(
  type: K,
  payload: RequestOf<P, K>,
) => Promise<ResponseOf<P, K>>;

export function createClient<P extends ProtocolShape<P>>(
  transport: (envelope: Envelope) => Promise<unknown>,
): Client<P> {
  return async (type, payload) => {
    const reply = (await transport({ tactful: 1, type, payload })) as Reply | undefined;
    if (!reply) throw new RemoteError(`No answer to "${type}": the Tactful service worker is not listening.`);
    if (!reply.ok) throw new RemoteError(reply.error);
    return reply.value as never;
  };
}

/** Answers one envelope with the matching handler; unknown types get a clear error. */
export async function dispatch<P extends ProtocolShape<P>>(
  handlers: Handlers<P>,
  envelope: Envelope,
  sender: SenderInfo,
): Promise<Reply> {
  const handler = (handlers as Record<string, (payload: unknown, sender: SenderInfo) => unknown>)[
    envelope.type
  ];
  if (!handler) return { ok: false, error: `Unknown request "${envelope.type}".` };
  try {
    return { ok: true, value: await handler(envelope.payload, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
