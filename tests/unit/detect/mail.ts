import type { Identities, NormalisedMessage } from '../../../lib/detect/types.ts';

/** The user in most tests: a two-person design studio in Berlin. */
export const STUDIO: Identities = {
  addresses: ['anna@studio-nord.example'],
  businessName: 'Studio Nord GmbH',
};
export const ANNA = { name: 'Anna Berg', address: 'anna@studio-nord.example' };
export const CLIENT = { name: 'Tom Reed', address: 'tom@harbour-foods.example' };

/** A mail from the user to a client unless told otherwise. */
export function mail(partial: Partial<NormalisedMessage>): NormalisedMessage {
  return {
    from: ANNA,
    to: [CLIENT],
    cc: [],
    bcc: [],
    replyTo: [],
    subject: '',
    date: '2026-03-04T10:12:00+01:00',
    text: '',
    attachments: [],
    ...partial,
  };
}

/** A mail from the client to the user. */
export function fromClient(partial: Partial<NormalisedMessage>): NormalisedMessage {
  return mail({ from: CLIENT, to: [ANNA], ...partial });
}

export const PDF = (filename: string) => ({ filename, mimeType: 'application/pdf', size: 42_000 });
