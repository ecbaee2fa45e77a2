import type { Protocol } from '../../messages/protocol.ts';
import type { Client } from '../../messages/rpc.ts';

/** The popup notice's id: one notice, replaced rather than repeated. */
export const SELF_CHECK_NOTICE_ID = 'outlook.selfcheck';

export function selfCheckMessage(missing: string[]): string {
  return `Tactful paused its Outlook panel: this version of Outlook looks different (missing: ${missing.join(', ')}).`;
}

/** Tells the popup why Tactful's Outlook UI switched itself off. */
export async function reportSelfCheckFailure(api: Client<Protocol>, missing: string[]): Promise<void> {
  await api('notices.report', {
    id: SELF_CHECK_NOTICE_ID,
    source: 'outlook',
    message: selfCheckMessage(missing),
  });
}

export async function reportUnexpectedError(api: Client<Protocol>, error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  await api('notices.report', {
    id: SELF_CHECK_NOTICE_ID,
    source: 'outlook',
    message: `Tactful paused its Outlook panel after an unexpected error (${reason}).`,
  });
}
