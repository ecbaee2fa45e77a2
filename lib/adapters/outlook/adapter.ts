import type { Protocol } from '../../messages/protocol.ts';
import type { Client } from '../../messages/rpc.ts';
import type { ComposeController } from '../shared/compose-controller.ts';
import type { OpenedThread } from '../shared/contract.ts';
import type { ThreadController, ThreadModel } from '../shared/thread-controller.ts';
import { type ComposeButton, createComposeButton } from './compose-button.ts';
import {
  composeParts,
  createComposeTarget,
  isReplyForm,
  type OutlookComposeTarget,
} from './compose-target.ts';
import { conversationKeyOf, headingSignature, renderedMessageCount } from './conversation-key.ts';
import { followReadingPane, type PaneFollower } from './follow-pane.ts';
import { createPanelDock, type PanelDock } from './panel-dock.ts';
import { readOpenedThread } from './read-thread.ts';
import { checkPage, findAll, findFirst, type PageCheck } from './selectors.ts';
import { reportSelfCheckFailure, reportUnexpectedError } from './self-check.ts';

/**
 * Tactful in Outlook on the web: follows the reading pane, reads the conversation the user opens
 * into an `OpenedThread` for the shared thread controller, docks the invoice panel beside it,
 * and puts Tactful's button into every compose form. When the page lacks a core handle it
 * switches itself off quietly and leaves a notice in the popup; nothing is thrown into the page.
 */

export type MountPanel = (
  target: HTMLElement,
  options: { api: Client<Protocol>; thread: OpenedThread; model: ThreadModel },
) => { unmount(): void };

export interface OutlookAdapterDeps {
  api: Client<Protocol>;
  win: Window & typeof globalThis;
  threads: Pick<ThreadController, 'open'>;
  compose: Pick<ComposeController, 'choices' | 'insert'>;
  mountPanel: MountPanel;
  /** How long a failed self-check waits for the page to settle before switching off (ms). */
  confirmFailureAfterMs?: number;
  /** Unexpected errors before the adapter gives up (each is caught and logged). */
  maxUnexpectedErrors?: number;
  warn?: (message: string, error?: unknown) => void;
}

export interface OutlookAdapter {
  /** Removes everything Tactful added and stops listening. */
  stop(): void;
  /** False once stopped or switched off by the self-check. */
  readonly active: boolean;
  /** How many conversations were read (for tests and the benchmark). */
  readonly reads: number;
  /** The last conversation read, if any. */
  readonly lastThread: OpenedThread | null;
  /** Runs one pass now instead of on the next frame (tests). */
  tick(): void;
}

interface ComposeSession {
  target: OutlookComposeTarget;
  button: ComposeButton;
}

interface ShownPanel {
  dock: PanelDock;
  mounted: { unmount(): void } | null;
}

interface ReadState {
  key: string;
  heading: string;
  counts: string;
}

/** How long the URL and the selected row may disagree before the URL is trusted (ms). */
const UNSETTLED_GRACE_MS = 1000;

export function startOutlookAdapter(deps: OutlookAdapterDeps): OutlookAdapter {
  const { win, api } = deps;
  const doc = win.document;
  const warn = deps.warn ?? ((message, error) => console.warn(`Tactful (Outlook): ${message}`, error ?? ''));
  const confirmAfter = deps.confirmFailureAfterMs ?? 1500;
  const maxErrors = deps.maxUnexpectedErrors ?? 3;

  let active = true;
  let reads = 0;
  let errors = 0;
  let lastThread: OpenedThread | null = null;
  let lastRead: ReadState | null = null;
  let unsettledSince: number | null = null;
  let failingSince: number | null = null;
  let openToken = 0;
  let panel: ShownPanel | null = null;
  const sessions = new Map<Element, ComposeSession>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const later = (fn: () => void, ms: number) => {
    const id = setTimeout(() => {
      timers.delete(id);
      if (active) fn();
    }, ms);
    timers.add(id);
  };

  const lang = () => doc.documentElement.lang || win.navigator.language || 'en';

  // --- the panel ------------------------------------------------------------------------------

  const dockParent = (pane: Element) => findFirst(doc, 'readingPane') ?? pane;

  function removePanel(): void {
    if (!panel) return;
    panel.mounted?.unmount();
    panel.dock.remove();
    panel = null;
  }

  function showPanel(pane: Element, thread: OpenedThread, model: ThreadModel): void {
    if (!panel) panel = { dock: createPanelDock(doc), mounted: null };
    panel.dock.place(dockParent(pane));
    panel.mounted?.unmount();
    panel.mounted = deps.mountPanel(panel.dock.target, { api, thread, model });
  }

  async function openThread(pane: Element, thread: OpenedThread): Promise<void> {
    const token = ++openToken;
    if (thread.messages.length === 0) {
      removePanel();
      return;
    }
    try {
      const model = await deps.threads.open(thread);
      if (token !== openToken || !active) return;
      if (model.show) showPanel(pane, thread, model);
      else removePanel();
    } catch (error) {
      if (token === openToken) warn('could not open the conversation', error);
    }
  }

  // --- the conversation -----------------------------------------------------------------------

  function followConversation(pane: Element): void {
    const key = conversationKeyOf(doc, win.location.href);
    const heading = headingSignature(doc) ?? '';
    const conversation = findFirst(doc, 'conversation');
    // Nothing shown: a new message, the calendar, the app still loading.
    if (!key || (!heading && !conversation && !findFirst(doc, 'messageFrom'))) {
      if (lastRead) {
        lastRead = null;
        openToken++;
        removePanel();
      }
      return;
    }
    if (!key.settled) {
      const now = Date.now();
      unsettledSince ??= now;
      if (now - unsettledSince < UNSETTLED_GRACE_MS) {
        later(() => follower.schedule(), 250);
        return;
      }
    } else {
      unsettledSince = null;
    }
    const counts = conversation ? renderedMessageCount(conversation) : '';
    if (lastRead && lastRead.key === key.key && lastRead.heading === heading && lastRead.counts === counts) {
      // Same conversation, nothing new in it: only put the panel back if a re-render dropped it.
      if (panel && panel.dock.host.parentElement !== dockParent(pane)) panel.dock.place(dockParent(pane));
      return;
    }
    // The address changed before the pane did: wait for the new subject heading to render.
    if (lastRead && lastRead.key !== key.key && lastRead.heading === heading) return;
    const check = checkPage(doc);
    if (!check.ok) {
      selfCheckFailed(check);
      return;
    }
    if (!conversation) return;
    if (lastRead?.key !== key.key) {
      openToken++;
      removePanel();
    }
    lastRead = { key: key.key, heading, counts };
    const thread = readOpenedThread(doc, { threadId: key.key, lang: lang() });
    reads++;
    lastThread = thread;
    if (thread) void openThread(pane, thread);
  }

  // --- compose forms --------------------------------------------------------------------------

  function outermost(elements: Element[]): Element[] {
    return elements.filter(
      (element) => !elements.some((other) => other !== element && other.contains(element)),
    );
  }

  function composeForms(pane: Element): Element[] {
    const scope = findFirst(doc, 'readingPane') ?? pane;
    const forms = findAll(scope, 'composeForm');
    // In a pop-out window the form is the pane itself.
    if (findFirst(doc, 'popoutForm') === pane) forms.push(pane);
    return outermost(forms);
  }

  function startSession(form: Element): ComposeSession | null {
    const parts = composeParts(form);
    if (!parts?.send) return null;
    const check = checkPage(doc);
    if (!check.ok) {
      selfCheckFailed(check);
      return null;
    }
    const isReply = isReplyForm(form, parts.subject?.value ?? '');
    const threadId = isReply
      ? (lastRead?.key ?? conversationKeyOf(doc, win.location.href)?.key ?? null)
      : null;
    const target = createComposeTarget(parts, { threadId, isReply });
    const button = createComposeButton(doc, {
      choices: () => deps.compose.choices(target),
      insert: (choice, confirmed) => deps.compose.insert(target, choice, confirmed),
    });
    return { target, button };
  }

  function endSession(form: Element, session: ComposeSession, removed: boolean): void {
    session.button.remove();
    if (removed) session.target.formRemoved();
    else session.target.dispose();
    sessions.delete(form);
  }

  function partsStale({ parts }: OutlookComposeTarget): boolean {
    return !parts.editor.isConnected || !parts.send?.isConnected || !parts.subject?.isConnected;
  }

  function followComposeForms(pane: Element): void {
    for (const form of composeForms(pane)) {
      let session = sessions.get(form);
      if (!session) {
        const started = startSession(form);
        if (!started) continue;
        session = started;
        sessions.set(form, session);
      } else if (partsStale(session.target)) {
        // Outlook re-rendered part of the form (or a script swapped its subject field).
        const parts = composeParts(form);
        if (parts?.send) session.target.parts = parts;
      }
      const send = session.target.parts.send;
      if (send?.isConnected) session.button.place(send);
    }
    for (const [form, session] of sessions) if (!form.isConnected) endSession(form, session, true);
  }

  // --- switching off --------------------------------------------------------------------------

  function clearEverything(): void {
    follower.stop();
    for (const id of timers) clearTimeout(id);
    timers.clear();
    openToken++;
    removePanel();
    for (const [form, session] of sessions) endSession(form, session, false);
    win.removeEventListener('pagehide', onPageHide);
  }

  function switchOff(check: PageCheck): void {
    if (!active) return;
    active = false;
    clearEverything();
    void reportSelfCheckFailure(api, check.missing).catch((error: unknown) =>
      warn('could not report the self-check', error),
    );
  }

  function selfCheckFailed(check: PageCheck): void {
    if (confirmAfter <= 0) {
      switchOff(check);
      return;
    }
    if (failingSince !== null) return;
    failingSince = Date.now();
    // Outlook renders in steps: look again once it has had time to settle.
    later(() => {
      failingSince = null;
      const again = checkPage(doc);
      if (again.ok) {
        lastRead = null;
        follower.schedule();
      } else {
        switchOff(again);
      }
    }, confirmAfter);
  }

  function onUnexpected(error: unknown): void {
    errors++;
    warn('unexpected error', error);
    if (errors < maxErrors || !active) return;
    active = false;
    clearEverything();
    void reportUnexpectedError(api, error).catch(() => undefined);
  }

  // --- the loop -------------------------------------------------------------------------------

  function onFrame(pane: Element | null): void {
    if (!active) return;
    try {
      if (!pane) {
        if (lastRead) {
          lastRead = null;
          openToken++;
          removePanel();
        }
        for (const [form, session] of sessions) if (!form.isConnected) endSession(form, session, true);
        return;
      }
      if (failingSince !== null) return;
      followConversation(pane);
      if (active && failingSince === null) followComposeForms(pane);
    } catch (error) {
      onUnexpected(error);
    }
  }

  function onPageHide(): void {
    // A pop-out window closes once its message is sent.
    for (const [form, session] of sessions) endSession(form, session, true);
  }

  win.addEventListener('pagehide', onPageHide);
  const follower: PaneFollower = followReadingPane(win, onFrame, { onError: onUnexpected });

  return {
    stop() {
      if (!active) return;
      active = false;
      clearEverything();
    },
    get active() {
      return active;
    },
    get reads() {
      return reads;
    },
    get lastThread() {
      return lastThread;
    },
    tick() {
      follower.flush();
    },
  };
}
