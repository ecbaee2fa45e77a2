import type { LadderEvent, LadderInvoice } from '../../../lib/ladder/types.ts';

/** A GBP 5,000.00 invoice due 15 Jan 2026 to a business client, with nothing paid or sent; override as needed. */
export function invoice(overrides: Partial<LadderInvoice> = {}): LadderInvoice {
  return {
    id: 'inv-1',
    currency: 'GBP',
    totalMinor: 500_000,
    issueDate: '2025-12-16',
    dueDate: '2026-01-15',
    client: { business: true },
    payments: [],
    events: [],
    state: { writtenOff: false, collections: false },
    ...overrides,
  };
}

export const sent = (step: string, date: string): LadderEvent => ({ type: 'sent', step, date });
export const call = (date: string, outcome = 'voicemail'): LadderEvent => ({ type: 'call', date, outcome });
export const paid = (date: string, amountMinor: number) => ({ date, amountMinor });
