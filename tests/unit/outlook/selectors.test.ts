// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  anyOf,
  CORE_HANDLES,
  checkPage,
  HANDLES,
  type HandleName,
} from '../../../lib/adapters/outlook/selectors.ts';
import {
  ALL_FIXTURES,
  COMPOSE_FIXTURES,
  CONVERSATION_FIXTURES,
  fixtureHtml,
  loadFixture,
} from './fixtures.ts';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the self-check on every fixture', () => {
  it.each(ALL_FIXTURES)('finds every core handle on %s', (name) => {
    loadFixture(name);
    const check = checkPage(document);
    expect(check.missing).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it.each(CONVERSATION_FIXTURES)('finds the conversation handles on %s', (name) => {
    loadFixture(name);
    const { found } = checkPage(document);
    for (const handle of CORE_HANDLES.conversation) expect(found[handle], handle).toBe(true);
    expect(found.readingPane).toBe(true);
  });

  it.each(COMPOSE_FIXTURES)('finds the compose handles on %s', (name) => {
    loadFixture(name);
    const { found } = checkPage(document);
    for (const handle of [...CORE_HANDLES.compose, 'composeForm', 'subjectInput', 'addressFields'] as const)
      expect(found[handle], handle).toBe(true);
  });

  it('passes a page that shows no mail yet (still loading, or the calendar)', () => {
    document.body.innerHTML = '<div id="app"><div role="main">Calendar</div></div>';
    expect(checkPage(document)).toMatchObject({ ok: true, missing: [] });
  });

  it('does not require a sender heading or body when the user collapsed every message', () => {
    loadFixture('invoice-thread.en');
    for (const element of document.querySelectorAll(`${anyOf('messageFrom')}, ${anyOf('messageBody')}`))
      element.closest('[aria-label="Email message"]')?.remove();
    expect(checkPage(document).ok).toBe(true);
  });
});

/** How to take one handle away from a fixture: strip the attribute its selectors rely on. */
const REMOVALS: Record<string, { fixture: string; strip: (doc: Document) => void }> = {
  readingPane: {
    fixture: 'invoice-thread.en',
    strip: (doc) => doc.getElementById('ReadingPaneContainerId')?.removeAttribute('id'),
  },
  conversationSubject: {
    fixture: 'invoice-thread.en',
    strip: (doc) => {
      for (const heading of doc.querySelectorAll('[id$="_SUBJECT"]')) heading.removeAttribute('role');
      doc.querySelector('[data-app-section="MailReadCompose"] [title]')?.removeAttribute('title');
    },
  },
  conversation: {
    fixture: 'invoice-thread.de',
    strip: (doc) => {
      doc.querySelector('[data-app-section="ConversationContainer"]')?.removeAttribute('data-app-section');
      doc.getElementById('ConversationReadingPaneContainer')?.removeAttribute('id');
    },
  },
  messageFrom: {
    fixture: 'newsletter.en',
    strip: (doc) => {
      for (const heading of doc.querySelectorAll('[id$="_FROM"]'))
        heading.id = heading.id.replace('MSG_', 'M_');
    },
  },
  messageDate: {
    fixture: 'newsletter.de',
    strip: (doc) => {
      for (const date of doc.querySelectorAll('[data-testid="SentReceivedSavedTime"]')) {
        date.removeAttribute('data-testid');
        date.removeAttribute('id');
      }
    },
  },
  messageBody: {
    fixture: 'invoice-thread.en',
    strip: (doc) => {
      for (const body of doc.querySelectorAll('[id^="UniqueMessageBody"]')) body.id = `Body${body.id}`;
    },
  },
  editor: {
    fixture: 'new-compose.en',
    strip: (doc) => {
      for (const editor of doc.querySelectorAll('[aria-multiline="true"]'))
        editor.removeAttribute('aria-multiline');
      doc.getElementById('editorParent_1')?.removeAttribute('id');
    },
  },
  sendButton: {
    fixture: 'popout-compose.de',
    strip: (doc) => doc.querySelector('[data-testid="ComposeSendButton"]')?.removeAttribute('data-testid'),
  },
};

describe('one core handle missing', () => {
  const core = [...new Set([...CORE_HANDLES.shell, ...CORE_HANDLES.conversation, ...CORE_HANDLES.compose])];

  it('has a removal case for every core handle', () => {
    expect(Object.keys(REMOVALS).sort()).toEqual([...core].sort());
  });

  it.each(core)('reports %s missing by its name', (handle) => {
    const removal = REMOVALS[handle]!;
    loadFixture(removal.fixture);
    removal.strip(document);
    const check = checkPage(document);
    expect(check.ok).toBe(false);
    expect(check.found[handle as HandleName]).toBe(false);
    expect(check.missing).toContain(HANDLES[handle as HandleName].label);
  });
});

describe('the handles themselves', () => {
  it("never name a class of Outlook's own, only reply markers inside the sender's mail", () => {
    const senderMarkup = new Set([
      '.mail-editor-reference-message-container',
      '.x_mail-editor-reference-message-container',
      '.gmail_quote',
      '.x_gmail_quote',
    ]);
    for (const [name, handle] of Object.entries(HANDLES)) {
      for (const selector of handle.selectors) {
        const classes = selector.replace(/\[[^\]]*\]/g, '').match(/\.[A-Za-z_][\w-]*/g) ?? [];
        for (const className of classes)
          expect(senderMarkup.has(className), `${name}: ${selector}`).toBe(true);
        if (classes.length > 0) expect(name).toBe('quoteStart');
      }
    }
  });

  it('never use the decoy classes the fixtures carry', () => {
    const decoys = new Set<string>();
    for (const name of ALL_FIXTURES)
      for (const match of fixtureHtml(name).matchAll(/class="([A-Z][a-z][0-9][a-z][A-Z])"/g))
        decoys.add(match[1]!);
    expect(decoys.size).toBeGreaterThan(50);
    const all = Object.values(HANDLES)
      .flatMap((handle) => handle.selectors)
      .join(' ');
    for (const decoy of decoys) expect(all).not.toContain(decoy);
  });
});

describe('the German fixtures', () => {
  const english = [
    'To:',
    'Email message',
    'Message body',
    'Reading Pane',
    '[Draft]',
    'Subject',
    'Send',
    'Discard',
    'Reply',
    'From:',
    'Sent:',
  ];
  it.each(ALL_FIXTURES.filter((name) => name.endsWith('.de')))(
    '%s carries no English label on its page',
    (name) => {
      loadFixture(name);
      const labels = [...document.querySelectorAll('*')].flatMap((element) => [
        element.getAttribute('aria-label') ?? '',
        element.getAttribute('title') ?? '',
        element.getAttribute('placeholder') ?? '',
        ...[...element.childNodes].filter((node) => node.nodeType === 3).map((node) => node.nodeValue ?? ''),
      ]);
      for (const word of english) {
        const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const alone = new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u');
        expect(
          labels.filter((label) => alone.test(label)),
          word,
        ).toEqual([]);
      }
    },
  );
});
