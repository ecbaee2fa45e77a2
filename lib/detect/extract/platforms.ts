/**
 * Invoicing and payment platforms that mail invoices on a business's behalf. A mail from
 * one of these names the issuing business in its text; the platform itself bills no one.
 */
export interface Platform {
  name: string;
  /** Sender domains (a subdomain matches too). */
  domains: string[];
}

export const PLATFORMS: Platform[] = [
  { name: 'Stripe', domains: ['stripe.com'] },
  { name: 'QuickBooks', domains: ['intuit.com', 'quickbooks.com', 'qemailserver.com'] },
  { name: 'Xero', domains: ['xero.com', 'xerofiles.com'] },
  { name: 'FreshBooks', domains: ['freshbooks.com'] },
  { name: 'Wave', domains: ['waveapps.com', 'waveaccounting.com'] },
  { name: 'Zoho', domains: ['zoho.com', 'zoho.eu', 'zoho.in', 'zohoinvoice.com', 'zohobooks.com'] },
  { name: 'Square', domains: ['squareup.com', 'square.com', 'squareupmessaging.com'] },
  {
    name: 'PayPal',
    domains: ['paypal.com', 'paypal.de', 'paypal.fr', 'paypal.es', 'paypal.co.uk', 'paypal.it', 'paypal.nl'],
  },
  { name: 'Invoice Ninja', domains: ['invoiceninja.com', 'invoicing.co'] },
  { name: 'Harvest', domains: ['harvestapp.com', 'getharvest.com'] },
  { name: 'Sage', domains: ['sage.com', 'sageone.com', 'sagebusinesscloud.com'] },
  { name: 'sevDesk', domains: ['sevdesk.de', 'sevdesk.com', 'sevdesk.email'] },
  { name: 'lexoffice', domains: ['lexoffice.de', 'lexware.de', 'lexware.email'] },
  { name: 'Holded', domains: ['holded.com'] },
  { name: 'Pennylane', domains: ['pennylane.com', 'pennylane.tech', 'pennylane.fr'] },
  { name: 'Invoice2go', domains: ['invoice2go.com'] },
  { name: 'Bill.com', domains: ['bill.com', 'hq.bill.com'] },
  { name: 'Chargebee', domains: ['chargebee.com'] },
  { name: 'Zervant', domains: ['zervant.com'] },
  { name: 'Billomat', domains: ['billomat.com', 'billomat.net'] },
  { name: 'FastBill', domains: ['fastbill.com'] },
  { name: 'Debitoor', domains: ['debitoor.com'] },
  { name: 'SumUp', domains: ['sumup.com'] },
  { name: 'FreeAgent', domains: ['freeagent.com'] },
  { name: 'KashFlow', domains: ['kashflow.com'] },
  { name: 'MYOB', domains: ['myob.com'] },
  { name: 'Moneybird', domains: ['moneybird.com', 'moneybird.nl'] },
  { name: 'Fortnox', domains: ['fortnox.se'] },
  { name: 'Billy', domains: ['billy.dk'] },
  { name: 'Quipu', domains: ['getquipu.com', 'quipuapp.com'] },
  { name: 'Sellsy', domains: ['sellsy.com', 'sellsy.fr'] },
  { name: 'Axonaut', domains: ['axonaut.com'] },
  { name: 'Tiime', domains: ['tiime.fr'] },
  { name: 'Qonto', domains: ['qonto.com'] },
  { name: 'Invoice Simple', domains: ['invoicesimple.com'] },
  { name: 'Bonsai', domains: ['hellobonsai.com'] },
  { name: 'HoneyBook', domains: ['honeybook.com'] },
  { name: 'Dubsado', domains: ['dubsado.com'] },
  { name: 'Paymo', domains: ['paymoapp.com'] },
  { name: 'Invoicely', domains: ['invoicely.com'] },
  { name: 'Recurly', domains: ['recurly.com'] },
  { name: 'GoCardless', domains: ['gocardless.com'] },
  { name: 'Mollie', domains: ['mollie.com'] },
  { name: 'Fatture in Cloud', domains: ['fattureincloud.it'] },
  { name: 'bexio', domains: ['bexio.com'] },
  { name: 'Fakturownia', domains: ['fakturownia.pl'] },
  { name: 'freee', domains: ['freee.co.jp'] },
  { name: 'Misoca', domains: ['misoca.jp'] },
  { name: 'Facture.net', domains: ['facture.net'] },
  { name: 'Billin', domains: ['billin.net'] },
  { name: 'Factorial', domains: ['factorialhr.com'] },
];

const BY_DOMAIN = new Map(
  PLATFORMS.flatMap((platform) => platform.domains.map((domain) => [domain, platform])),
);
/** The distinctive label of each domain ("stripe" of stripe.com): senders use many country domains. */
const BY_LABEL = new Map(
  PLATFORMS.flatMap((platform) =>
    platform.domains
      .map((domain) => [domain.split('.')[0]!, platform] as const)
      .filter(([label]) => label.length >= 4),
  ),
);
/** "Studio Nord via Stripe", "Acme Ltd (via QuickBooks)". */
const VIA = /\bvia\s+([A-Za-z0-9 .]{2,30})\)?\s*$/i;

export function platformOf(address: string, displayName: string): Platform | null {
  const domain = address.split('@')[1]?.toLowerCase() ?? '';
  const parts = domain.split('.');
  for (let start = 0; start < parts.length - 1; start++) {
    const platform = BY_DOMAIN.get(parts.slice(start).join('.'));
    if (platform) return platform;
  }
  // "post.xero.co.uk", "stripe.de": the platform's own label before a country or other suffix.
  for (const label of parts.slice(0, -1)) {
    const platform = BY_LABEL.get(label);
    if (platform) return platform;
  }
  const via = VIA.exec(displayName)?.[1]?.trim().toLowerCase();
  if (via) return PLATFORMS.find((platform) => platform.name.toLowerCase() === via) ?? null;
  return null;
}
