import type { Address, Counterparty, Direction, Identities, NormalisedMessage } from '../types.ts';
import type { Platform } from './platforms.ts';

/** Legal-form words that a business name may carry or drop ("Studio Nord GmbH" = "Studio Nord"). */
const LEGAL_FORMS =
  /\b(?:ltd|limited|llc|llp|inc|incorporated|corp|corporation|co|company|plc|gmbh|ug|ag|kg|ohg|gbr|e\.?\s?k|sarl|sas|sasu|eurl|sa|sl|slu|srl|spa|bv|nv|oy|ab|as|aps|pty|pte)\b\.?/gi;
/** Mailbox providers: sharing one of these domains says nothing about who the sender is. */
const PUBLIC_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'proton.me',
  'protonmail.com',
]);

export interface Parties {
  direction: Direction | null;
  fromMe: boolean;
  /** Why the direction was chosen (a signal name). */
  why: string;
}

export function normaliseAddress(address: string): string {
  return address.trim().toLowerCase();
}

export function isMine(address: Address, identities: Identities): boolean {
  const normalised = normaliseAddress(address.address);
  if (normalised === '') return false;
  return identities.addresses.some((mine) => normaliseAddress(mine) === normalised);
}

/** The business name reduced to comparable words: lower case, no legal form, no punctuation. */
export function businessKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(LEGAL_FORMS, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Whether `text` names the business (as whole words, legal form optional). */
export function namesBusiness(text: string, businessName: string): boolean {
  const key = businessKey(businessName);
  if (key.length < 3) return false;
  const haystack = ` ${businessKey(text)} `;
  return haystack.includes(` ${key} `);
}

const ISSUER_CUES = [
  'invoice from',
  'new invoice from',
  'payment request from',
  'rechnung von',
  'neue rechnung von',
  'facture de',
  'nouvelle facture de',
  'factura de',
  'nueva factura de',
  'fattura da',
  'factuur van',
];
const ISSUER_AFTER = [
  'sent you an invoice',
  'has sent you an invoice',
  'sent you a new invoice',
  'is requesting payment',
  'hat ihnen eine rechnung',
  'vous a envoye une facture',
  'le ha enviado una factura',
  'te ha enviado una factura',
];
const BILLED_TO =
  /\b(?:bill(?:ed)?\s+to|invoice\s+to|sold\s+to|customer|client|rechnungsempf[äa]nger|an|factur[ée]\s+[àa]|client|cliente|facturar\s+a)\s*:?\s*$/i;

/** Whether the text presents the business as the one issuing the invoice ("Invoice from Studio Nord"). */
export function namesIssuer(text: string, businessName: string): boolean {
  const key = businessKey(businessName);
  if (key.length < 3) return false;
  const haystack = ` ${businessKey(text.slice(0, 20_000))} `;
  const cues = ISSUER_CUES.map((cue) => ` ${businessKey(cue)} ${key} `);
  const after = ISSUER_AFTER.map((cue) => ` ${key} ${businessKey(cue)} `);
  return [...cues, ...after].some((phrase) => haystack.includes(phrase));
}

/** Whether the text bills the business ("Bill to: Studio Nord"): the user is the customer. */
export function namesBusinessAsCustomer(text: string, businessName: string): boolean {
  const key = businessKey(businessName);
  if (key.length < 3) return false;
  const first = key.split(' ')[0] ?? key;
  const lines = text.slice(0, 20_000).split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!namesBusiness(line, businessName)) continue;
    const at = line.toLowerCase().indexOf(first);
    const before = at > 0 ? line.slice(0, at) : '';
    if (BILLED_TO.test(before)) return true;
    if (before.trim() === '' && BILLED_TO.test(lines[index - 1]?.trim() ?? '')) return true;
  }
  return false;
}

/**
 * Who issued the invoice-like mail: the user (sent), someone billing the user (received),
 * or unknown. Platforms mail on a business's behalf, so their mail is the user's when it
 * names the user's business as issuer or copies the user.
 */
export function decideParties(
  message: NormalisedMessage,
  identities: Identities,
  platform: Platform | null,
  ownText: string,
): Parties {
  const fromMe =
    isMine(message.from, identities) ||
    (message.from.address === '' &&
      message.from.name !== '' &&
      namesBusiness(message.from.name, identities.businessName));
  if (fromMe) return { direction: 'sent', fromMe, why: 'from-me' };
  const toMe = message.to.some((address) => isMine(address, identities));
  const copied = [...message.cc, ...message.bcc].some((address) => isMine(address, identities));
  const replyToMe = message.replyTo.some((address) => isMine(address, identities));
  const text = `${message.subject}\n${ownText}`;
  const business = identities.businessName;
  if (replyToMe) return { direction: 'sent', fromMe, why: 'reply-to-me' };
  if (namesBusinessAsCustomer(text, business)) return { direction: 'received', fromMe, why: 'billed-to-me' };
  if (platform) {
    if (copied) return { direction: 'sent', fromMe, why: 'platform-copied-me' };
    if (namesBusiness(message.from.name, business) || namesIssuer(text, business)) {
      return { direction: 'sent', fromMe, why: 'platform-names-me' };
    }
    return { direction: toMe ? 'received' : null, fromMe, why: 'platform-bills-me' };
  }
  if (sameOwnDomain(message.from.address, identities) || namesBusiness(message.from.name, business)) {
    return { direction: 'sent', fromMe, why: 'from-my-business' };
  }
  if (!toMe && message.bcc.some((address) => isMine(address, identities))) {
    return { direction: 'sent', fromMe, why: 'bcc-me' };
  }
  if (toMe) return { direction: 'received', fromMe, why: 'to-me' };
  if (copied) {
    return { direction: namesIssuer(text, business) ? 'sent' : 'received', fromMe, why: 'cc-me' };
  }
  if (namesIssuer(text, business)) return { direction: 'sent', fromMe, why: 'names-me' };
  return { direction: null, fromMe, why: 'unknown' };
}

function sameOwnDomain(address: string, identities: Identities): boolean {
  const domain = address.split('@')[1]?.toLowerCase();
  if (!domain || PUBLIC_DOMAINS.has(domain)) return false;
  return identities.addresses.some((mine) => mine.split('@')[1]?.toLowerCase() === domain);
}

/** The other party: the first recipient who is not the user for a sent invoice, else the sender. */
export function counterpartyOf(
  message: NormalisedMessage,
  identities: Identities,
  direction: Direction | null,
  fromMe: boolean,
  platform: Platform | null,
): Counterparty | null {
  const other = (address: Address) => !isMine(address, identities) && !platformAddress(address, platform);
  const pick =
    direction === 'sent' || fromMe
      ? (message.to.find(other) ?? message.cc.find(other))
      : other(message.from)
        ? message.from
        : undefined;
  if (!pick) return null;
  const name = cleanName(pick.name, pick.address);
  const email = pick.address ? normaliseAddress(pick.address) : null;
  return name || email ? { name, email } : null;
}

function platformAddress(address: Address, platform: Platform | null): boolean {
  if (!platform) return false;
  const domain = address.address.split('@')[1]?.toLowerCase() ?? '';
  return platform.domains.some((known) => domain === known || domain.endsWith(`.${known}`));
}

function cleanName(name: string, address: string): string | null {
  const cleaned = name
    .replace(/\s+via\s+.*$/i, '')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
  if (!cleaned || cleaned.toLowerCase() === address.toLowerCase()) return null;
  return cleaned;
}
