// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttentionList } from '../../../components/popup/AttentionList.tsx';
import { Popup } from '../../../components/popup/Popup.tsx';
import type { AttentionRow } from '../../../lib/ledger/views.ts';

afterEach(cleanup);

function row(overrides: Partial<AttentionRow>): AttentionRow {
  return {
    id: 'i1',
    number: 'INV-1042',
    clientId: 'c1',
    clientName: 'Dana Whitfield',
    currency: 'GBP',
    balanceMinor: 400_000,
    dueDate: '2026-03-04',
    daysOverdue: 12,
    nextStep: 'follow-up',
    nextDate: '2026-03-16',
    attentionDate: '2026-03-16',
    due: true,
    status: 'overdue',
    pausedReason: null,
    source: { kind: 'mail', mailClient: 'gmail', threadId: '18c2f0a1b2', messageId: null },
    ...overrides,
  };
}

describe('the popup', () => {
  it('says all is well when nothing needs attention', () => {
    render(<AttentionList rows={[]} today="2026-03-16" locale="en-GB" soonDays={7} />);
    expect(screen.getByRole('status').textContent).toContain('All caught up');
    expect(screen.getByRole('status').textContent).toContain('next 7 days');
  });

  it('shows client, number, balance, days overdue and the step due, with a link to the thread', () => {
    const open = vi.fn();
    render(
      <AttentionList rows={[row({})]} today="2026-03-16" locale="en-GB" soonDays={7} onOpenThread={open} />,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Dana Whitfield');
    expect(item.textContent).toContain('£4,000.00');
    expect(item.textContent).toContain('INV-1042');
    expect(item.textContent).toContain('12 days overdue');
    expect(item.textContent).toContain('Follow-up — due today');
    fireEvent.click(screen.getByText('Open thread'));
    expect(open).toHaveBeenCalledWith('https://mail.google.com/mail/u/0/#all/18c2f0a1b2');
  });

  it('says why an invoice is paused and offers no link for imported invoices', () => {
    render(
      <AttentionList
        rows={[row({ pausedReason: 'promise', source: { kind: 'import', fileName: 'x.csv', row: 2 } })]}
        today="2026-03-16"
        locale="en-GB"
        soonDays={7}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toContain('Paused: promise to pay');
    expect(screen.queryByText('Open thread')).toBeNull();
  });

  it('shows quiet notices and lets the user dismiss them', async () => {
    const dismiss = vi.fn().mockResolvedValue(undefined);
    const load = vi.fn().mockResolvedValue({
      today: '2026-03-16',
      locale: 'en-GB',
      soonDays: 7,
      rows: [],
      notices: [
        { id: 'gmail.inboxsdk', source: 'gmail', message: 'Tactful could not start in Gmail.', at: 1 },
      ],
    });
    render(<Popup load={load} dismissNotice={dismiss} openThread={vi.fn()} openOptions={vi.fn()} />);
    await waitFor(() => expect(screen.getByText('Tactful could not start in Gmail.')).toBeTruthy());
    fireEvent.click(screen.getByLabelText('Dismiss notice'));
    await waitFor(() => expect(dismiss).toHaveBeenCalledWith('gmail.inboxsdk'));
  });

  it('reports a ledger it cannot read instead of an empty list', async () => {
    const load = vi.fn().mockRejectedValue(new Error('No answer'));
    render(<Popup load={load} dismissNotice={vi.fn()} openThread={vi.fn()} openOptions={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('No answer'));
  });
});
