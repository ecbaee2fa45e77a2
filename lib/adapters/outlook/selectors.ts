/**
 * Every handle Tactful uses on Outlook on the web's page, and nothing else that knows its markup
 * (a redesign is a one-file fix). Order of preference, per /work/shared/OUTLOOK.md §1: ids that
 * name app parts, then data-* attributes, then ARIA roles and states, then structure, and
 * localised labels (LABELS below) only as a last resort. Never a class name: OWA's are build
 * hashes. The only classes named here belong to the *sender's* mail HTML (reply markers written
 * by Outlook and Gmail into the message itself), not to OWA's UI.
 */

export interface Handle {
  /** Selectors tried in order; the first that matches wins. */
  selectors: readonly string[];
  /** What the user would call it, for the self-check notice. */
  label: string;
  /** Where the handle is documented (OUTLOOK.md §3 names the public sources). */
  source: string;
}

function handle(label: string, source: string, ...selectors: string[]): Handle {
  return { selectors, label, source };
}

export const HANDLES = {
  // App shell and navigation.
  app: handle('app shell', 'sgnoohc/monet 2026', '#app'),
  messageList: handle('message list', 'sgnoohc/monet 2026', '[data-app-section="MessageList"]'),
  selectedRow: handle(
    'selected conversation row',
    'fperezdev/wd-extension-poc 2024',
    '[role="option"][data-convid][aria-selected="true"]',
    '[role="row"][data-convid][aria-selected="true"]',
  ),
  activeListbox: handle(
    'message list box',
    'fperezdev/wd-extension-poc 2024',
    '[role="listbox"][aria-activedescendant]',
    '[role="grid"][aria-activedescendant]',
  ),

  // Reading pane.
  readingPane: handle('reading pane', 'toggl, evicypher, sgnoohc/monet 2022-2026', '#ReadingPaneContainerId'),
  readCompose: handle(
    'read/compose area',
    'fperezdev/wd-extension-poc; sgnoohc/monet',
    '[data-app-section="MailReadCompose"]',
  ),
  conversation: handle(
    'conversation',
    'tsibley/better-outlook 2025; odoo/aw-watcher-web',
    '[data-app-section="ConversationContainer"]',
    '#ConversationReadingPaneContainer',
  ),
  conversationSubject: handle(
    'conversation subject',
    'sgnoohc/monet; toggl',
    '[role="heading"][id^="CONV_"][id$="_SUBJECT"]',
    '[role="heading"][id$="_SUBJECT"]:not([id^="MSG_"])',
    '[data-app-section="MailReadCompose"] [role="heading"][title]:not([id^="MSG_"])',
  ),
  messageFrom: handle('message sender', 'sgnoohc/monet', '[role="heading"][id^="MSG_"][id$="_FROM"]'),
  messageSubject: handle('message subject', 'sgnoohc/monet', '[id^="MSG_"][id$="_SUBJECT"]'),
  messageDate: handle(
    'message date',
    'sgnoohc/monet; several scrapers',
    '[data-testid="SentReceivedSavedTime"]',
    '[role="heading"][id^="MSG_"][id$="_DATETIME"]',
  ),
  messageBody: handle(
    'message body',
    'sgnoohc/monet; evicypher; tsibley/better-outlook',
    '[id^="UniqueMessageBody"][role="document"]',
    '[id^="UniqueMessageBody"]',
  ),
  messageAttachments: handle('attachments', 'sgnoohc/monet', '[id^="MSG_"][id$="_ATTACHMENTS"]'),
  attachmentTile: handle('attachment tile', 'sgnoohc/monet', '[role="option"]'),
  // The collapsible header of an older message: it shows a date, a menu button never does.
  collapsedHeader: handle(
    'collapsed message',
    'OUTLOOK.md §5 (unconfirmed in detail)',
    '[aria-expanded="false"]:not(button):not([aria-haspopup])',
  ),
  person: handle('person chip', 'Briskine; odoo/aw-watcher-web', '[data-lpc-hover-target-id]'),
  recipientWell: handle(
    'recipients',
    'odoo/aw-watcher-web (unconfirmed elsewhere)',
    '[data-testid="RecipientWell"]',
  ),

  // Compose and inline reply.
  composeForm: handle(
    'compose form',
    'Briskine 2023-2026',
    '[id^="docking_InitVisiblePart_"]',
    '[data-app-section="Form_Content"]',
  ),
  popoutForm: handle('pop-out compose form', 'Briskine 2023-2026', '[data-app-section="Form_Content"]'),
  editor: handle(
    'compose editor',
    'Briskine; automation scripts 2021-2025',
    'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    '[id^="editorParent_"] [contenteditable="true"]',
  ),
  subjectInput: handle('subject field', 'Briskine 2024-2026', 'input[type="text"][autocomplete="off"]'),
  addressFields: handle(
    'To/Cc/Bcc fields',
    'Briskine 2026-03',
    '[contenteditable="true"]:not([aria-multiline="true"])',
  ),
  sendButton: handle('Send button', 'toggl 2023-2026; odoo', '[data-testid="ComposeSendButton"]'),
  anyEditable: handle('editable area', 'OUTLOOK.md §5', '[contenteditable="true"]'),

  // Inside an editor: where Tactful's draft goes (mail written in OWA, OUTLOOK.md §5/§6).
  editorInsertBefore: handle('signature', 'OUTLOOK.md §6 (tested)', '#Signature', '#appendonsend'),

  // Inside a displayed message body: where the quoted history starts. These are the sender's
  // markup (x_-prefixed when OWA displays it), not OWA's UI.
  quoteStart: handle(
    'quoted history',
    'OUTLOOK.md §5; Outlook and Gmail reply markup',
    '#appendonsend',
    '#x_appendonsend',
    '#divRplyFwdMsg',
    '#x_divRplyFwdMsg',
    '.mail-editor-reference-message-container',
    '.x_mail-editor-reference-message-container',
    '.gmail_quote',
    '.x_gmail_quote',
  ),

  // Tactful's own nodes (the `data-tactful` marker), to tell our mutations from theirs.
  tactful: handle('Tactful node', 'ours', '[data-tactful]'),
} as const satisfies Record<string, Handle>;

export type HandleName = keyof typeof HANDLES;

/** The union selector of a handle, for `matches` and single-pass scans. */
export function anyOf(name: HandleName): string {
  return HANDLES[name].selectors.join(', ');
}

/** The first element matching the handle, trying its selectors in order. */
export function findFirst(root: ParentNode, name: HandleName): Element | null {
  for (const selector of HANDLES[name].selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Every element matching the first of the handle's selectors that matches anything. */
export function findAll(root: ParentNode, name: HandleName): Element[] {
  for (const selector of HANDLES[name].selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

export function matches(element: Element, name: HandleName): boolean {
  return element.matches(anyOf(name));
}

/**
 * Localised labels, the last resort (OUTLOOK.md §1, §7). UI labels follow the user's language;
 * reply headers inside a message follow the *sender's* language, so their table is wider.
 */
export interface LanguageLabels {
  /** aria-label prefixes of a message's To and Cc header fields. */
  to: readonly string[];
  cc: readonly string[];
  /** How a saved draft is marked in its card. */
  draft: readonly string[];
  /** Subject prefixes of replies. */
  replyPrefixes: readonly string[];
}

export const LABELS: Record<string, LanguageLabels> = {
  en: { to: ['To:'], cc: ['Cc:'], draft: ['[Draft]'], replyPrefixes: ['RE:'] },
  de: { to: ['An:'], cc: ['Cc:'], draft: ['[Entwurf]'], replyPrefixes: ['AW:', 'Antw:', 'RE:'] },
};

/** Reply prefixes across languages (OUTLOOK.md §6: "RE:", "AW:", "SV:"…). */
export const REPLY_PREFIXES: readonly string[] = [
  'RE:',
  'AW:',
  'Antw:',
  'SV:',
  'R:',
  'RIF:',
  'RES:',
  'ODP:',
  'VS:',
  'Odp:',
];

/**
 * The "From:" / "Sent:" block Outlook writes above a quoted message, in the sender's language,
 * and the plain-text separator lines some clients write instead.
 */
export const REPLY_HEADER = {
  from: ['From', 'Von', 'De', 'Da', 'Van', 'Från', 'Fra', 'Od', 'Lähettäjä'],
  sent: [
    'Sent',
    'Gesendet',
    'Envoyé',
    'Enviado',
    'Inviato',
    'Verzonden',
    'Skickat',
    'Sendt',
    'Wysłano',
    'Lähetetty',
  ],
  separators: [
    '-----Original Message-----',
    '-----Ursprüngliche Nachricht-----',
    '-----Message d’origine-----',
    "-----Message d'origine-----",
    '-----Mensaje original-----',
    '-----Messaggio originale-----',
    '-----Oorspronkelijk bericht-----',
  ],
} as const;

/** Every language's entries of one label kind, for pages whose language is not in the table. */
export function labelsFor(lang: string, kind: keyof LanguageLabels): readonly string[] {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const own = LABELS[base];
  if (own) return own[kind];
  return Object.values(LABELS).flatMap((labels) => labels[kind]);
}

/** The handles without which Tactful's Outlook UI cannot work, by what the page shows. */
export const CORE_HANDLES = {
  shell: ['readingPane'],
  conversation: ['conversationSubject', 'conversation', 'messageFrom', 'messageDate', 'messageBody'],
  // The subject field is not core: inline replies may not render one, and a new message
  // without it only loses the subject suggestion.
  compose: ['editor', 'sendButton'],
} as const satisfies Record<string, readonly HandleName[]>;

export interface PageCheck {
  ok: boolean;
  found: Record<HandleName, boolean>;
  /** Labels of the core handles that are missing. */
  missing: string[];
}

/**
 * Which handles the page has, and whether the core ones for what it shows are all there. A page
 * shows a conversation when its conversation or subject area is present, and a compose form
 * when one is open; a pop-out window has no reading pane, only its form. A page showing neither
 * passes: there is nothing to judge it by.
 */
export function checkPage(root: ParentNode): PageCheck {
  const found = {} as Record<HandleName, boolean>;
  for (const name of Object.keys(HANDLES) as HandleName[]) found[name] = findFirst(root, name) !== null;
  const required: HandleName[] = [];
  const showsConversation = found.conversation || found.conversationSubject || found.messageFrom;
  // Calendar, settings or a page still loading show no mail: nothing to check yet.
  if ((showsConversation || found.composeForm) && !found.popoutForm) required.push(...CORE_HANDLES.shell);
  // When the user collapsed every message, no sender heading or body is rendered, rightly.
  const allCollapsed = !found.messageFrom && found.collapsedHeader;
  if (showsConversation)
    required.push(
      ...CORE_HANDLES.conversation.filter(
        (name) => !allCollapsed || (name !== 'messageFrom' && name !== 'messageBody'),
      ),
    );
  if (found.composeForm) required.push(...CORE_HANDLES.compose);
  const missing = [...new Set(required)].filter((name) => !found[name]).map((name) => HANDLES[name].label);
  return { ok: missing.length === 0, found, missing };
}
