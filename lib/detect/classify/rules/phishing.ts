import { affirmedMatch } from '../affirmed.ts';
import { PHISHING, RISKY_ATTACHMENT } from '../keywords.ts';
import type { ClassifyInput, Rule } from '../signals.ts';

const OPEN_ATTACHMENT =
  /\b(?:open|download|see|view|check)\s+(?:the\s+)?(?:attached|attachment|enclosed)\b|\b(?:baixe|abra|öffnen\s+sie|ouvrez|abra|descargue)\b[^.\n]{0,30}\b(?:anexo|anhang|pièce\s+jointe|adjunto)/i;
const LINK_DOMAIN = /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]|$)/i;

/**
 * Invoice-themed fraud: urgent wire requests and bank-detail changes, archives or
 * scripts attached, links whose text shows one site and whose target is another.
 */
export const phishing: Rule = (input) => {
  let weight = 0;
  const names: string[] = [];
  const risky = input.attachments.filter((file) => RISKY_ATTACHMENT.test((file.filename ?? '').trim()));
  if (risky.length > 0) {
    // Web pages and images as attachments are suspicious; archives, scripts and macros are decisive.
    weight += risky.some((file) => !/\.(?:html?|shtml|svg)$/i.test(file.filename.trim())) ? 12 : 6;
    // A web page attached in place of a document, and the mail says to open it: decisive too.
    if (OPEN_ATTACHMENT.test(`${input.subject}\n${input.own}`)) weight += 6;
    names.push('risky-attachment');
  }
  if (
    input.attachments.some((file) =>
      /\.(?:pdf|docx?|xlsx?)\.[a-z0-9]{2,4}$/i.test((file.filename ?? '').trim()),
    )
  ) {
    weight += 12;
    names.push('double-extension');
  }
  // "We will never ask you to change bank details" is a warning, not a request.
  if (affirmedMatch(PHISHING, `${input.subject}\n${input.own}`, 30)) {
    weight += 10;
    names.push('fraud-phrase');
  }
  if (mismatchedLinks(input) > 0) {
    weight += 8;
    names.push('mismatched-link');
  }
  if (disguisedSender(input)) {
    weight += 3;
    names.push('disguised-sender');
  }
  if (weight === 0) return [];
  return [
    {
      kind: 'lookalike',
      weight,
      name: `lookalike:phishing(${names.join(',')})`,
      reason: 'looks like invoice-themed phishing',
    },
  ];
};

function mismatchedLinks(input: ClassifyInput): number {
  let count = 0;
  for (const link of input.links) {
    const shown = LINK_DOMAIN.exec(link.text.trim())?.[1]?.toLowerCase();
    const target = LINK_DOMAIN.exec(link.href.trim())?.[1]?.toLowerCase();
    if (!shown || !target || !/^https?:/i.test(link.href.trim())) continue;
    if (!sameSite(shown, target)) count++;
  }
  return count;
}

function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`) || registrable(a) === registrable(b);
}

function registrable(domain: string): string {
  return domain.split('.').slice(-2).join('.');
}

/** A display name that shows an address other than the real one: "billing@bank.com <x@evil.ru>". */
function disguisedSender(input: ClassifyInput): boolean {
  const shown = /[\w.+-]+@([\w-]+\.)+[a-z]{2,}/i.exec(input.senderName)?.[0]?.toLowerCase();
  return shown !== undefined && input.senderAddress !== '' && shown !== input.senderAddress.toLowerCase();
}
