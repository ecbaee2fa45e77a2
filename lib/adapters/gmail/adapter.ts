import type { Protocol } from '../../messages/protocol.ts';
import type { Client } from '../../messages/rpc.ts';
import type { ComposeController } from '../shared/compose-controller.ts';
import type { OpenedThread } from '../shared/contract.ts';
import type { ThreadController, ThreadModel } from '../shared/thread-controller.ts';
import type { DownloadAttachment } from './attachments.ts';
import { insertPrimaryChoice, openComposeMenu } from './compose-menu.ts';
import { composeTargetOf } from './compose-target.ts';
import { createGuard, type Guard } from './guard.ts';
import { hasReadableAttachments, readThread } from './read-thread.ts';
import { createRowLabeller, type RowLabeller } from './row-labels.ts';
import type {
  GmailComposeView,
  GmailContentPanel,
  GmailDropdown,
  GmailSdk,
  GmailThreadRowView,
  GmailThreadView,
} from './sdk-types.ts';

export const PANEL_TITLE = 'Tactful';
export const COMPOSE_BUTTON_TITLE = 'Tactful: insert reminder';

export type MountPanel = (
  target: HTMLElement,
  options: { api: Client<Protocol>; thread: OpenedThread; model: ThreadModel },
) => { unmount(): void };

export interface GmailAdapterDeps {
  api: Client<Protocol>;
  controller: Pick<ThreadController, 'open'>;
  compose: Pick<ComposeController, 'choices' | 'insert'>;
  mountPanel: MountPanel;
  /** The extension's icon, web-accessible to mail.google.com (chrome.runtime.getURL). */
  iconUrl: string;
  /** Fetches PDF/XML attachments when text alone did not track the thread; omit to never fetch. */
  download?: DownloadAttachment;
  guard?: Guard;
  labeller?: RowLabeller;
}

export interface GmailAdapter {
  stop(): void;
}

async function openThread(threadView: GmailThreadView, deps: GmailAdapterDeps, labeller: RowLabeller) {
  let destroyed = false;
  let panel: GmailContentPanel | null = null;
  let mounted: { unmount(): void } | null = null;
  threadView.on('destroy', () => {
    destroyed = true;
    mounted?.unmount();
    panel?.remove();
  });

  let thread = await readThread(threadView);
  let model = await deps.controller.open(thread);
  // Attachments are fetched only when the text was not enough to track the thread.
  if (!model.view && deps.download && hasReadableAttachments(thread) && !destroyed) {
    thread = await readThread(threadView, { download: deps.download });
    model = await deps.controller.open(thread);
  }
  labeller.remember(thread.threadId, model.label);
  if (destroyed || !model.show) return;

  const el = document.createElement('div');
  panel = threadView.addSidebarContentPanel({ title: PANEL_TITLE, iconUrl: deps.iconUrl, el });
  mounted = deps.mountPanel(el, { api: deps.api, thread, model });
}

function addComposeButton(composeView: GmailComposeView, deps: GmailAdapterDeps, guard: Guard): void {
  const target = composeTargetOf(composeView);
  const menuDeps = {
    compose: deps.compose,
    onError: (error: unknown) => guard.fail('compose button', error),
  };
  composeView.addButton({
    title: COMPOSE_BUTTON_TITLE,
    iconUrl: deps.iconUrl,
    hasDropdown: true,
    onClick: guard.wrap('compose button', (event: { dropdown?: GmailDropdown }) =>
      event.dropdown
        ? openComposeMenu(event.dropdown, target, menuDeps)
        : insertPrimaryChoice(target, menuDeps),
    ),
  });
}

/**
 * Registers Tactful with an InboxSDK instance: a sidebar panel on invoice threads, a compose
 * button that inserts reminder drafts, and status labels on tracked thread rows. Every handler is
 * guarded, so a failure never reaches Gmail's page.
 */
export function startGmailAdapter(sdk: GmailSdk, deps: GmailAdapterDeps): GmailAdapter {
  const guard = deps.guard ?? createGuard(deps.api);
  const labeller =
    deps.labeller ??
    createRowLabeller(deps.api, { onError: (error) => guard.fail('thread-row labels', error) });
  const unregister = [
    sdk.Conversations.registerThreadViewHandler(
      guard.wrap('invoice panel', (threadView: GmailThreadView) => openThread(threadView, deps, labeller)),
    ),
    sdk.Compose.registerComposeViewHandler(
      guard.wrap('compose button', (composeView: GmailComposeView) =>
        addComposeButton(composeView, deps, guard),
      ),
    ),
    sdk.Lists.registerThreadRowViewHandler(
      guard.wrap('thread-row labels', (row: GmailThreadRowView) => labeller.label(row)),
    ),
  ];
  return {
    stop() {
      for (const stop of unregister) stop();
    },
  };
}
