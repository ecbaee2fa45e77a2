import type {
  ComposeButtonDescriptor,
  ComposeView,
  ComposeViewEvent,
  ContentPanelDescriptor,
  ContentPanelView,
  DropdownView,
  InboxSDK,
  LabelDescriptor,
  MessageView,
  ThreadRowView,
  ThreadView,
} from '@inboxsdk/core';

/*
 * The slice of InboxSDK the Gmail adapter uses, stated once. InboxSDK's view classes carry
 * `#private` fields, so nothing but InboxSDK itself can construct one; these interfaces name the
 * methods we call with InboxSDK's own signatures (indexed access types), so tests can fake them
 * while `RealSdkConforms` below fails the build if an InboxSDK release changes any of them.
 */

export type { InboxSDK as InboxSDKInstance, LabelDescriptor };

type AttachmentCardView = ReturnType<MessageView['getFileAttachmentCardViews']>[number];

export interface GmailAttachmentCard {
  getTitle: AttachmentCardView['getTitle'];
  getDownloadURL: AttachmentCardView['getDownloadURL'];
}

export interface GmailMessageView {
  getMessageIDAsync: MessageView['getMessageIDAsync'];
  getViewState: MessageView['getViewState'];
  isLoaded: MessageView['isLoaded'];
  getSender: MessageView['getSender'];
  getRecipientsFull: MessageView['getRecipientsFull'];
  getRecipientEmailAddresses: MessageView['getRecipientEmailAddresses'];
  getDateString: MessageView['getDateString'];
  getBodyElement: MessageView['getBodyElement'];
  getFileAttachmentCardViews(): GmailAttachmentCard[];
}

export interface GmailContentPanel {
  remove: ContentPanelView['remove'];
}

export interface GmailThreadView {
  getSubject: ThreadView['getSubject'];
  getThreadIDAsync: ThreadView['getThreadIDAsync'];
  getMessageViewsAll(): GmailMessageView[];
  addSidebarContentPanel(descriptor: ContentPanelDescriptor): GmailContentPanel;
  on(event: 'destroy', listener: () => void): unknown;
}

export type GmailDropdown = Pick<DropdownView, 'el' | 'close'>;

/** What we hand to `composeView.addButton`: a narrower ComposeButtonDescriptor. */
export interface GmailComposeButtonDescriptor {
  title: string;
  iconUrl: string;
  hasDropdown: boolean;
  orderHint?: number;
  onClick(event: { dropdown?: GmailDropdown }): void;
}

export type SentListener = ComposeViewEvent['sent'];

export interface GmailComposeView {
  isReply: ComposeView['isReply'];
  isInlineReplyForm: ComposeView['isInlineReplyForm'];
  getThreadID: ComposeView['getThreadID'];
  getToRecipients: ComposeView['getToRecipients'];
  getSubject: ComposeView['getSubject'];
  setSubject: ComposeView['setSubject'];
  insertHTMLIntoBodyAtCursor: ComposeView['insertHTMLIntoBodyAtCursor'];
  addButton(descriptor: GmailComposeButtonDescriptor): unknown;
  on(event: 'sent', listener: SentListener): unknown;
  on(event: 'destroy', listener: ComposeViewEvent['destroy']): unknown;
  removeListener(event: 'sent', listener: SentListener): unknown;
}

export interface GmailThreadRowView {
  destroyed: ThreadRowView['destroyed'];
  getThreadIDAsync: ThreadRowView['getThreadIDAsync'];
  addLabel(label: LabelDescriptor): void;
  on(event: 'destroy', listener: () => void): unknown;
}

/** The three InboxSDK namespaces the adapter registers with. */
export interface GmailSdk {
  Conversations: { registerThreadViewHandler(handler: (threadView: GmailThreadView) => void): () => void };
  Compose: { registerComposeViewHandler(handler: (composeView: GmailComposeView) => void): () => void };
  Lists: { registerThreadRowViewHandler(handler: (threadRowView: GmailThreadRowView) => void): () => void };
}

type Conforms<Actual extends Expected, Expected> = [Actual, Expected];

/** Compile-time proof that InboxSDK's real objects fit the slices above (and ours fit its inputs). */
export type RealSdkConforms = [
  Conforms<Pick<InboxSDK, 'Conversations' | 'Compose' | 'Lists'>, GmailSdk>,
  Conforms<ThreadView, GmailThreadView>,
  Conforms<MessageView, GmailMessageView>,
  Conforms<AttachmentCardView, GmailAttachmentCard>,
  Conforms<ContentPanelView, GmailContentPanel>,
  Conforms<ComposeView, GmailComposeView>,
  Conforms<ThreadRowView, GmailThreadRowView>,
  Conforms<DropdownView, GmailDropdown>,
  Conforms<GmailComposeButtonDescriptor, ComposeButtonDescriptor>,
];
