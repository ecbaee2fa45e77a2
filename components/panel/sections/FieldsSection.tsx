import { useState } from 'preact/hooks';
import { formatDate, isIsoDate } from '../../../lib/dates/calendar.ts';
import type { InvoiceView } from '../../../lib/ledger/views.ts';
import { formatMoney, toDecimalString } from '../../../lib/money/amount.ts';
import { isKnownCurrency } from '../../../lib/money/currencies.ts';
import { parseTypedAmount } from '../../../lib/money/input.ts';
import type { PanelActions } from '../actions.ts';

interface Draft {
  number: string;
  clientName: string;
  clientEmail: string;
  company: string;
  business: boolean;
  currency: string;
  total: string;
  issueDate: string;
  dueDate: string;
  terms: string;
}

function draftOf(view: InvoiceView): Draft {
  return {
    number: view.invoice.number,
    clientName: view.client.name,
    clientEmail: view.client.email ?? '',
    company: view.client.company ?? '',
    business: view.client.business,
    currency: view.invoice.currency,
    total: toDecimalString(view.invoice.totalMinor, view.invoice.currency),
    issueDate: view.invoice.issueDate ?? '',
    dueDate: view.invoice.dueDate,
    terms: view.invoice.terms,
  };
}

/** The invoice's fields; a correction is saved and wins over detection from then on. */
export function FieldsSection({
  view,
  locale,
  actions,
}: {
  view: InvoiceView;
  locale: string;
  actions: PanelActions;
}) {
  const [editing, setEditing] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { invoice, client } = view;

  async function save(draft: Draft) {
    const original = draftOf(view);
    const currency = draft.currency.trim().toUpperCase();
    if (!isKnownCurrency(currency))
      return setError(`"${draft.currency}" is not a currency code Tactful knows (try EUR, USD, GBP)`);
    if (!isIsoDate(draft.dueDate)) return setError('The due date must be a real date');
    if (draft.issueDate && !isIsoDate(draft.issueDate))
      return setError('The issue date must be a real date or empty');
    const total = parseTypedAmount(draft.total, currency, locale);
    if (!total.ok) return setError(`Total: ${total.error}`);
    setError(null);
    try {
      if (draft.number !== original.number) await actions.correct('number', draft.number.trim());
      if (currency !== original.currency) await actions.correct('currency', currency);
      if (total.minor !== invoice.totalMinor) await actions.correct('totalMinor', total.minor);
      if (draft.issueDate !== original.issueDate) await actions.correct('issueDate', draft.issueDate || null);
      if (draft.dueDate !== original.dueDate) await actions.correct('dueDate', draft.dueDate);
      if (draft.terms !== original.terms) await actions.correct('terms', draft.terms);
      const clientChanged =
        draft.clientName !== original.clientName ||
        draft.clientEmail !== original.clientEmail ||
        draft.company !== original.company ||
        draft.business !== original.business;
      if (clientChanged) {
        await actions.updateClient({
          name: draft.clientName.trim(),
          email: draft.clientEmail.trim() || null,
          company: draft.company.trim() || null,
          business: draft.business,
        });
      }
      setEditing(null);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  }

  if (!editing) {
    return (
      <section aria-label="Invoice">
        <h3>Invoice</h3>
        <dl data-testid="panel-fields">
          <dt>Number</dt>
          <dd>{invoice.number || '—'}</dd>
          <dt>Client</dt>
          <dd>
            {client.name}
            {client.company ? `, ${client.company}` : ''}
            {client.email ? ` <${client.email}>` : ''}
          </dd>
          <dt>Total</dt>
          <dd>{formatMoney(invoice.totalMinor, invoice.currency, locale)}</dd>
          <dt>Issued</dt>
          <dd>{invoice.issueDate ? formatDate(invoice.issueDate, locale) : '—'}</dd>
          <dt>Due</dt>
          <dd>{formatDate(invoice.dueDate, locale)}</dd>
          {invoice.terms && (
            <>
              <dt>Terms</dt>
              <dd>{invoice.terms}</dd>
            </>
          )}
          <dt>Business client</dt>
          <dd>{client.business ? 'Yes' : 'No'}</dd>
        </dl>
        {invoice.corrected.length > 0 && (
          <p class="muted">Corrected by you: {invoice.corrected.join(', ')}.</p>
        )}
        <button type="button" class="link" onClick={() => setEditing(draftOf(view))}>
          Correct details
        </button>
      </section>
    );
  }

  const field = (key: keyof Draft, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={String(editing[key])}
        onInput={(event) =>
          setEditing({ ...editing, [key]: (event.currentTarget as HTMLInputElement).value })
        }
      />
    </label>
  );
  return (
    <section aria-label="Correct the invoice" class="form">
      {field('number', 'Invoice number')}
      {field('clientName', 'Client name')}
      {field('clientEmail', 'Client email', 'email')}
      {field('company', 'Company')}
      <label>
        <input
          type="checkbox"
          style="width:auto"
          checked={editing.business}
          onChange={(event) =>
            setEditing({ ...editing, business: (event.currentTarget as HTMLInputElement).checked })
          }
        />{' '}
        The client is a business (statutory interest may apply)
      </label>
      {field('currency', 'Currency (ISO code)')}
      {field('total', 'Total')}
      {field('issueDate', 'Issue date', 'date')}
      {field('dueDate', 'Due date', 'date')}
      {field('terms', 'Payment terms')}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="primary" onClick={() => void save(editing)}>
        Save corrections
      </button>
      <button type="button" onClick={() => setEditing(null)}>
        Cancel
      </button>
    </section>
  );
}
