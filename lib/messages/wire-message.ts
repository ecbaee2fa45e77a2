import type { NormalisedMessage } from '../detect/types.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

/** A message as it crosses contexts: attachment bytes travel as base64 (runtime messages are JSON). */
export type WireMessage = Omit<NormalisedMessage, 'attachments'> & {
  attachments: { filename: string; mimeType: string; size: number; base64?: string }[];
};

export function toWire(message: NormalisedMessage): WireMessage {
  return {
    ...message,
    attachments: message.attachments.map(({ bytes, ...rest }) =>
      bytes ? { ...rest, base64: bytesToBase64(bytes) } : rest,
    ),
  };
}

export function fromWire(message: WireMessage): NormalisedMessage {
  return {
    ...message,
    attachments: message.attachments.map(({ base64, ...rest }) =>
      base64 ? { ...rest, bytes: base64ToBytes(base64) } : rest,
    ),
  };
}
