import { attributeOf, descendants, textAt, textOf } from './xml-tree.ts';

export interface Party {
  name: string | null;
  email: string | null;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** A plausible e-mail address from an element's text ("mailto:" stripped), else null. */
export function emailOf(node: unknown): string | null {
  const text = textOf(node)?.replace(/^mailto:/i, '') ?? null;
  return text !== null && EMAIL.test(text) ? text : null;
}

function firstEmail(nodes: unknown[]): string | null {
  for (const node of nodes) {
    const email = emailOf(node);
    if (email !== null) return email;
  }
  return null;
}

/**
 * A CII trade party (Factur-X, ZUGFeRD 1 and 2, XRechnung). The contact person's address
 * (BT-43/BT-58) is preferred to the party's electronic address (BT-34/BT-49, scheme EM):
 * reminders go to a person, the electronic address is often a routing mailbox.
 */
export function ciiParty(party: unknown): Party {
  const contactEmail = firstEmail(
    descendants(party, 'DefinedTradeContact', 'EmailURIUniversalCommunication', 'URIID'),
  );
  const endpoints = descendants(party, 'URIUniversalCommunication', 'URIID');
  const endpointEmail = firstEmail([
    ...endpoints.filter((node) => attributeOf(node, 'schemeID') === 'EM'),
    ...endpoints,
  ]);
  return { name: textAt(party, 'Name'), email: contactEmail ?? endpointEmail };
}

/** A UBL party: legal registration name, else trading name; contact mail, else an EM endpoint. */
export function ublParty(party: unknown): Party {
  const name = textAt(party, 'PartyLegalEntity', 'RegistrationName') ?? textAt(party, 'PartyName', 'Name');
  const endpoint = descendants(party, 'EndpointID').filter((node) => attributeOf(node, 'schemeID') === 'EM');
  const email = firstEmail(descendants(party, 'Contact', 'ElectronicMail')) ?? firstEmail(endpoint);
  return { name, email };
}
