// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanelContainer } from '../../../components/panel/PanelContainer.tsx';
import { createComposeController } from '../../../lib/adapters/shared/compose-controller.ts';
import type { ComposeTarget, OpenedThread } from '../../../lib/adapters/shared/contract.ts';
import { createThreadController } from '../../../lib/adapters/shared/thread-controller.ts';
import type { NormalisedMessage } from '../../../lib/detect/types.ts';
import { serviceHarness } from '../support/service-harness.ts';

const sam = { name: 'Sam Rivera', address: 'sam@riverastudio.test' };
const dana = { name: 'Dana Whitfield', address: 'dana@whitfield.test' };

function message(overrides: Partial<NormalisedMessage>): NormalisedMessage {
  return {
    from: sam,
    to: [dana],
    cc: [],
    bcc: [],
    replyTo: [],
    subject: '',
    date: null,
    text: '',
    attachments: [],
    ...overrides,
  };
}

const invoiceMail = message({
  id: 'm1',
  subject: 'Invoice INV-1042 from Rivera Studio',
  date: '2026-02-14T10:00:00+00:00',
  text: [
    'Hi Dana,',
    '',
    'Please find attached invoice INV-1042 for the February design work.',
    '',
    'Amount due: £4,000.00',
    'Due date: 2 March 2026',
    '',
    'You can pay by bank transfer to Rivera Studio, sort code 00-00-00, account 12345678.',
    '',
    'Thanks,',
    'Sam',
  ].join('\n'),
  attachments: [{ filename: 'INV-1042.pdf', mimeType: 'application/pdf', size: 48_000 }],
});

const paidReply = message({
  id: 'm2',
  from: dana,
  to: [sam],
  subject: 'Re: Invoice INV-1042 from Rivera Studio',
  date: '2026-03-16T08:30:00+00:00',
  text: 'Hi Sam,\n\nWe paid this in full today by bank transfer.\n\nBest,\nDana\n\nOn 14 Feb 2026, Sam Rivera <sam@riverastudio.test> wrote:\n> Please find attached invoice INV-1042',
});

function thread(messages: NormalisedMessage[]): OpenedThread {
  return {
    mailClient: 'gmail',
    threadId: 'thread-1042',
    subject: messages[0]!.subject,
    messages,
    partialMessageIds: [],
  };
}

describe('the shared thread controller and panel', () => {
  let harness = serviceHarness();
  beforeEach(async () => {
    harness = serviceHarness();
    await harness.api('ledger.updateSettings', [
      { identities: { addresses: ['sam@riverastudio.test'], businessName: 'Rivera Studio' } },
    ]);
  });
  afterEach(() => {
    cleanup();
    harness.close();
  });

  it('tracks a sent invoice thread on open and labels it overdue', async () => {
    const controller = createThreadController(harness.api);
    const model = await controller.open(thread([invoiceMail]));
    expect(model.show).toBe(true);
    expect(model.autoTracked).toBe(true);
    expect(model.view?.invoice).toMatchObject({
      number: 'INV-1042',
      currency: 'GBP',
      totalMinor: 400_000,
      dueDate: '2026-03-02',
    });
    expect(model.label).toEqual({ text: 'Overdue 14d', tone: 'overdue' });
    const again = await controller.open(thread([invoiceMail]));
    expect(again.autoTracked).toBe(false);
    expect(again.view?.invoice.id).toBe(model.view?.invoice.id);
  });

  it("proposes recording the payment when the client's reply says it was paid; money never changes by itself", async () => {
    const controller = createThreadController(harness.api);
    await controller.open(thread([invoiceMail]));
    const model = await controller.open(thread([invoiceMail, paidReply]));
    expect(model.proposal).toMatchObject({ kind: 'payment', messageDate: '2026-03-16' });
    expect(model.view?.plan.balanceMinor).toBe(400_000);

    render(
      <PanelContainer
        api={harness.api}
        thread={thread([invoiceMail, paidReply])}
        model={model}
        locale="en-GB"
        today="2026-03-16"
      />,
    );
    expect(screen.getByTestId('panel-proposal').textContent).toContain('Record a payment of £4,000.00?');
    fireEvent.click(screen.getByText('Record payment'));
    await waitFor(() => expect(screen.getByTestId('panel-status').textContent).toBe('Paid'));
    expect(screen.queryByTestId('panel-proposal')).toBeNull();
    expect(screen.getByTestId('panel-timeline').textContent).toContain('Payment of £4,000.00 recorded');
  });

  it('records a partial payment from the panel and shows the remaining balance', async () => {
    const model = await createThreadController(harness.api).open(thread([invoiceMail]));
    render(
      <PanelContainer
        api={harness.api}
        thread={thread([invoiceMail])}
        model={model}
        locale="en-GB"
        today="2026-03-16"
      />,
    );
    expect(screen.getByTestId('panel-balance').textContent).toBe('£4,000.00');
    fireEvent.click(screen.getByText('Record a payment'));
    fireEvent.input(screen.getByLabelText('Amount (GBP)'), { target: { value: '1,500.00' } });
    fireEvent.click(screen.getByText('Save payment'));
    await waitFor(() => expect(screen.getByTestId('panel-balance').textContent).toBe('£2,500.00'));
  });

  it('hands an invoice to collections from the panel, which stops the ladder', async () => {
    const model = await createThreadController(harness.api).open(thread([invoiceMail]));
    render(
      <PanelContainer
        api={harness.api}
        thread={thread([invoiceMail])}
        model={model}
        locale="en-GB"
        today="2026-03-16"
      />,
    );
    fireEvent.click(screen.getByText('Write off or hand over…'));
    fireEvent.click(screen.getByText('Mark as handed to collections'));
    await waitFor(() => expect(screen.getByTestId('panel-status').textContent).toContain('With collections'));
    expect(screen.getByTestId('panel-next').textContent).toBe('Nothing left on the ladder');
    expect(screen.getByText('Take back from collections')).toBeTruthy();
  });

  it('keeps a corrected due date over detection from then on', async () => {
    const controller = createThreadController(harness.api);
    const model = await controller.open(thread([invoiceMail]));
    render(
      <PanelContainer
        api={harness.api}
        thread={thread([invoiceMail])}
        model={model}
        locale="en-GB"
        today="2026-03-16"
      />,
    );
    fireEvent.click(screen.getByText('Correct details'));
    fireEvent.input(screen.getByLabelText('Due date'), { target: { value: '2026-03-20' } });
    fireEvent.click(screen.getByText('Save corrections'));
    await waitFor(() => expect(screen.getByTestId('panel-fields').textContent).toContain('20 Mar 2026'));
    await harness.api('ledger.trackFromDetection', [
      {
        source: { mailClient: 'gmail', threadId: 'thread-1042', messageId: 'm1' },
        invoiceNumber: 'INV-1042',
        client: { name: 'Dana Whitfield', email: 'dana@whitfield.test', company: null },
        currency: 'GBP',
        totalMinor: 400_000,
        issueDate: null,
        dueDate: '2026-03-02',
        terms: '',
      },
    ]);
    const view = await harness.api('ledger.findByThread', ['gmail', 'thread-1042']);
    expect(view?.invoice.dueDate).toBe('2026-03-20');
  });

  it('offers to track a thread detection could not read fully', async () => {
    const vague = message({
      id: 'm9',
      subject: 'Work for March',
      date: '2026-03-10T10:00:00Z',
      text: 'Hi Dana, thanks for the call today.',
    });
    const model = await createThreadController(harness.api).open(thread([vague]));
    expect(model.view).toBeNull();
    render(
      <PanelContainer
        api={harness.api}
        thread={thread([vague])}
        model={model}
        locale="en-GB"
        today="2026-03-16"
      />,
    );
    fireEvent.click(screen.getByText('Track this thread as an invoice'));
    fireEvent.input(screen.getByLabelText('Invoice number'), { target: { value: 'INV-2001' } });
    fireEvent.input(screen.getByLabelText('Client name'), { target: { value: 'Dana Whitfield' } });
    fireEvent.input(screen.getByLabelText('Amount due'), { target: { value: '900' } });
    fireEvent.input(screen.getByLabelText('Due date'), { target: { value: '2026-04-01' } });
    fireEvent.click(screen.getByText('Start tracking'));
    await waitFor(() => expect(screen.getByTestId('panel-balance').textContent).toBe('£900.00'));
  });
});

function fakeCompose(overrides: Partial<ComposeTarget> = {}) {
  const inserted: { subject: string; html: string; text: string; setSubject: boolean }[] = [];
  const sentListeners: (() => void)[] = [];
  const target: ComposeTarget = {
    mailClient: 'gmail',
    threadId: 'thread-1042',
    isReply: true,
    recipients: () => ['Dana@Whitfield.test'],
    subject: () => 'Re: Invoice INV-1042 from Rivera Studio',
    insert: async (draft, { setSubject }) => {
      inserted.push({ ...draft, setSubject });
    },
    onSent: (listener) => {
      sentListeners.push(listener);
      return () => sentListeners.splice(sentListeners.indexOf(listener), 1);
    },
    ...overrides,
  };
  return {
    target,
    inserted,
    send: () => {
      for (const listener of [...sentListeners]) listener();
    },
  };
}

describe('the shared compose controller', () => {
  let harness = serviceHarness();
  beforeEach(async () => {
    harness = serviceHarness();
    await harness.api('ledger.updateSettings', [
      { identities: { addresses: ['sam@riverastudio.test'], businessName: 'Rivera Studio' } },
    ]);
    await createThreadController(harness.api).open(thread([invoiceMail]));
  });
  afterEach(() => harness.close());

  it("offers the tracked thread's current step first in a reply", async () => {
    const compose = createComposeController(harness.api);
    const choices = await compose.choices(fakeCompose().target);
    expect(choices[0]).toMatchObject({
      primary: true,
      templateId: 'reminder',
      label: 'Friendly reminder (due now)',
    });
    expect(choices.map((choice) => choice.templateId)).toContain('final');
  });

  it('inserts the draft, logs "drafted", and logs "sent" when the mail client says so', async () => {
    const compose = createComposeController(harness.api);
    const { target, inserted, send } = fakeCompose();
    const [primary] = await compose.choices(target);
    const outcome = await compose.insert(target, primary!);
    expect(outcome).toEqual({ inserted: true, toneFlags: [] });
    expect(inserted[0]).toMatchObject({ setSubject: false });
    expect(inserted[0]!.text).toContain('INV-1042');
    send();
    await waitFor(async () => {
      const view = await harness.api('ledger.findByThread', ['gmail', 'thread-1042']);
      expect(view?.events.map((event) => event.type)).toEqual(expect.arrayContaining(['drafted', 'sent']));
      expect(view?.plan.currentStep).toBe('reminder');
    });
  });

  it("offers a new message's recipient their open invoices, and sets the subject there", async () => {
    const compose = createComposeController(harness.api);
    const { target, inserted } = fakeCompose({ threadId: null, isReply: false, subject: () => '' });
    const choices = await compose.choices(target);
    expect(choices).toHaveLength(1);
    expect(choices[0]!.invoiceLabel).toBe('INV-1042 · Dana Whitfield · £4,000.00');
    await compose.insert(target, choices[0]!);
    expect(inserted[0]!.setSubject).toBe(true);
  });

  it('holds back a draft the tone check flags until the user confirms', async () => {
    await harness.api('ledger.updateSettings', [
      {
        templates: {
          reminder: { subject: 'INV {{invoice.number}}', body: 'PAY NOW OR ELSE!!!', updatedAt: 1 },
        },
      },
    ]);
    const compose = createComposeController(harness.api);
    const { target, inserted } = fakeCompose();
    const [primary] = await compose.choices(target);
    const held = await compose.insert(target, primary!);
    expect(held.inserted).toBe(false);
    expect(held.toneFlags.length).toBeGreaterThan(0);
    expect(inserted).toHaveLength(0);
    expect((await compose.insert(target, primary!, true)).inserted).toBe(true);
  });
});
