import type {
  GmailAttachmentCard,
  GmailComposeButtonDescriptor,
  GmailComposeView,
  GmailContentPanel,
  GmailDropdown,
  GmailMessageView,
  GmailSdk,
  GmailThreadRowView,
  GmailThreadView,
  LabelDescriptor,
  SentListener,
} from '../../../lib/adapters/gmail/sdk-types.ts';

/*
 * A fake InboxSDK for the adapter's tests. Each class implements the adapter's slice of InboxSDK
 * (lib/adapters/gmail/sdk-types.ts), whose members are InboxSDK's own method types and which the
 * build checks against InboxSDK's declarations: if InboxSDK changes a signature we use, these
 * fakes and the adapter stop compiling together.
 */

type ViewState = ReturnType<GmailMessageView['getViewState']>;
type Contact = ReturnType<GmailMessageView['getSender']>;
type Recipient = Awaited<ReturnType<GmailMessageView['getRecipientsFull']>>[number];

export interface FakeAttachment {
  title: string;
  url?: string | null;
}

export interface FakeMessage {
  id: string;
  from: Contact;
  to: Recipient[];
  /** Gmail's date tooltip, as `getDateString()` returns it. */
  dateString: string;
  bodyHtml: string;
  viewState?: ViewState;
  loaded?: boolean;
  attachments?: FakeAttachment[];
  /** getRecipientsFull() never answers (Gmail's data not intercepted yet). */
  recipientsHang?: boolean;
}

export class FakeAttachmentCard implements GmailAttachmentCard {
  constructor(private readonly attachment: FakeAttachment) {}
  getTitle(): string {
    return this.attachment.title;
  }
  async getDownloadURL(): Promise<string | null | undefined> {
    return this.attachment.url;
  }
}

export class FakeMessageView implements GmailMessageView {
  readonly body: HTMLElement;
  /** `doc`: the bench hands in a happy-dom document, having no global one. */
  constructor(
    readonly spec: FakeMessage,
    doc: Document = document,
  ) {
    this.body = doc.createElement('div');
    this.body.className = 'a3s aiL';
    this.body.innerHTML = spec.bodyHtml;
  }
  async getMessageIDAsync(): Promise<string> {
    return this.spec.id;
  }
  getViewState(): ViewState {
    return this.spec.viewState ?? 'EXPANDED';
  }
  isLoaded(): boolean {
    return this.spec.loaded ?? true;
  }
  getSender(): Contact {
    if (!this.isLoaded()) throw new Error('Message is not loaded');
    return this.spec.from;
  }
  getRecipientsFull(): Promise<Recipient[]> {
    if (this.spec.recipientsHang) return new Promise(() => undefined);
    return Promise.resolve(this.spec.to);
  }
  getRecipientEmailAddresses(): string[] {
    return this.spec.to.map((recipient) => recipient.emailAddress);
  }
  getDateString(): string {
    return this.spec.dateString;
  }
  getBodyElement(): HTMLElement {
    return this.body;
  }
  getFileAttachmentCardViews(): GmailAttachmentCard[] {
    return (this.spec.attachments ?? []).map((attachment) => new FakeAttachmentCard(attachment));
  }
}

export class FakeContentPanel implements GmailContentPanel {
  removed = false;
  remove(): void {
    this.removed = true;
  }
}

type Listener = (...args: never[]) => void;

/** The part of Node's EventEmitter the adapter relies on. */
class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  protected addListener(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  protected dropListener(event: string, listener: Listener): void {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((existing) => existing !== listener),
    );
  }
  protected emitEvent<A extends unknown[]>(event: string, ...args: A): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as unknown as (...args: A) => void)(...args);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class FakeThreadView extends Emitter implements GmailThreadView {
  readonly panels: {
    descriptor: Parameters<GmailThreadView['addSidebarContentPanel']>[0];
    panel: FakeContentPanel;
  }[] = [];
  readonly messageViews: FakeMessageView[];
  constructor(
    readonly threadId: string,
    readonly subject: string,
    messages: FakeMessage[],
    doc: Document = document,
  ) {
    super();
    this.messageViews = messages.map((message) => new FakeMessageView(message, doc));
  }
  getSubject(): string {
    return this.subject;
  }
  async getThreadIDAsync(): Promise<string> {
    return this.threadId;
  }
  getMessageViewsAll(): GmailMessageView[] {
    return this.messageViews;
  }
  addSidebarContentPanel(
    descriptor: Parameters<GmailThreadView['addSidebarContentPanel']>[0],
  ): FakeContentPanel {
    const panel = new FakeContentPanel();
    this.panels.push({ descriptor, panel });
    return panel;
  }
  on(event: 'destroy', listener: () => void): this {
    this.addListener(event, listener);
    return this;
  }
  destroy(): void {
    this.emitEvent('destroy');
  }
}

export class FakeDropdown implements GmailDropdown {
  readonly el = document.createElement('div');
  closed = false;
  close(): void {
    this.closed = true;
  }
}

export class FakeComposeView extends Emitter implements GmailComposeView {
  readonly buttons: GmailComposeButtonDescriptor[] = [];
  readonly inserted: string[] = [];
  subject = '';
  constructor(
    readonly options: {
      reply: boolean;
      inline?: boolean;
      threadId?: string;
      to: Recipient[];
      subject?: string;
    },
  ) {
    super();
    this.subject = options.subject ?? '';
  }
  isReply(): boolean {
    return this.options.reply;
  }
  isInlineReplyForm(): boolean {
    return this.options.inline ?? false;
  }
  getThreadID(): string {
    return this.options.threadId ?? '';
  }
  getToRecipients(): Recipient[] {
    return this.options.to;
  }
  getSubject(): string {
    return this.subject;
  }
  setSubject(text: string): void {
    this.subject = text;
  }
  insertHTMLIntoBodyAtCursor(html: string): HTMLElement | null | undefined {
    this.inserted.push(html);
    return null;
  }
  addButton(descriptor: GmailComposeButtonDescriptor): void {
    this.buttons.push(descriptor);
  }
  on(event: 'sent' | 'destroy', listener: SentListener | ((data: never) => void)): this {
    this.addListener(event, listener);
    return this;
  }
  removeListener(event: 'sent', listener: SentListener): this {
    this.dropListener(event, listener);
    return this;
  }
  /** Gmail reports the message as sent. */
  send(): void {
    this.emitEvent('sent', {
      getMessageID: async () => 'sent-message',
      getThreadID: async () => this.options.threadId ?? 'new-thread',
    });
  }
  /** Clicks our compose button; returns the dropdown InboxSDK would open under it. */
  click(withDropdown = true): FakeDropdown | null {
    const button = this.buttons[0];
    if (!button) throw new Error('No compose button was added');
    const dropdown = withDropdown ? new FakeDropdown() : null;
    button.onClick(dropdown ? { dropdown } : {});
    return dropdown;
  }
}

export class FakeThreadRowView extends Emitter implements GmailThreadRowView {
  destroyed = false;
  readonly labels: LabelDescriptor[] = [];
  constructor(readonly threadId: string) {
    super();
  }
  async getThreadIDAsync(): Promise<string> {
    return this.threadId;
  }
  addLabel(label: LabelDescriptor): void {
    this.labels.push(label);
  }
  on(event: 'destroy', listener: () => void): this {
    this.addListener(event, listener);
    return this;
  }
}

/** The three InboxSDK namespaces, recording handlers so a test can play Gmail. */
export function fakeSdk() {
  const threadHandlers: ((threadView: GmailThreadView) => void)[] = [];
  const composeHandlers: ((composeView: GmailComposeView) => void)[] = [];
  const rowHandlers: ((row: GmailThreadRowView) => void)[] = [];
  const register =
    <T>(list: T[]) =>
    (handler: T) => {
      list.push(handler);
      return () => {
        list.splice(list.indexOf(handler), 1);
      };
    };
  const sdk = {
    Conversations: { registerThreadViewHandler: register(threadHandlers) },
    Compose: { registerComposeViewHandler: register(composeHandlers) },
    Lists: { registerThreadRowViewHandler: register(rowHandlers) },
  } satisfies GmailSdk;
  return {
    sdk,
    openThread(threadView: FakeThreadView): void {
      for (const handler of threadHandlers) handler(threadView);
    },
    openCompose(composeView: FakeComposeView): void {
      for (const handler of composeHandlers) handler(composeView);
    },
    showRows(rows: FakeThreadRowView[]): void {
      for (const row of rows) for (const handler of rowHandlers) handler(row);
    },
    handlerCount: () => threadHandlers.length + composeHandlers.length + rowHandlers.length,
  };
}
