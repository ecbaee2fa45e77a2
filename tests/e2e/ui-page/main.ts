// An extension test page (added to a copy of the built extension by tests/e2e/ui.e2e.ts, never
// shipped): it mounts the real sidebar panel and the real Gmail compose menu against the real
// service worker and ledger, with a thread and a compose window standing in for Gmail's.
import { mountInvoicePanel } from '../../../components/panel/mount.tsx';
import { openComposeMenu } from '../../../lib/adapters/gmail/compose-menu.ts';
import { createComposeController } from '../../../lib/adapters/shared/compose-controller.ts';
import type { ComposeTarget, OpenedThread } from '../../../lib/adapters/shared/contract.ts';
import { createThreadController } from '../../../lib/adapters/shared/thread-controller.ts';
import { request } from '../../../lib/messages/client.ts';

declare global {
  interface Window {
    openThread: (thread: OpenedThread) => Promise<{ show: boolean; autoTracked: boolean }>;
    openComposeMenu: (threadId: string | null, recipients: string[]) => Promise<void>;
    sendCompose: () => void;
  }
}

window.openThread = async (thread) => {
  const model = await createThreadController(request).open(thread);
  if (model.show) mountInvoicePanel(document.getElementById('panel')!, { api: request, thread, model });
  return { show: model.show, autoTracked: model.autoTracked };
};

const sentListeners = new Set<() => void>();
window.sendCompose = () => {
  for (const listener of [...sentListeners]) listener();
};

window.openComposeMenu = async (threadId, recipients) => {
  const editor = document.getElementById('editor')!;
  const subject = document.getElementById('subject') as HTMLInputElement;
  const target: ComposeTarget = {
    mailClient: 'gmail',
    threadId,
    isReply: threadId !== null,
    recipients: () => recipients,
    subject: () => subject.value,
    insert: async (draft, { setSubject }) => {
      // A stand-in for Gmail's editor: the draft's text, never its markup, goes into the page.
      editor.textContent = draft.text;
      if (setSubject) subject.value = draft.subject;
    },
    onSent: (listener) => {
      sentListeners.add(listener);
      return () => sentListeners.delete(listener);
    },
  };
  const dropdown = { el: document.getElementById('menu')!, close: () => undefined };
  await openComposeMenu(dropdown, target, {
    compose: createComposeController(request),
    onError: (error) => console.error(error),
  });
};
