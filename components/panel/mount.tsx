import { render } from 'preact';
import type { OpenedThread } from '../../lib/adapters/shared/contract.ts';
import type { ThreadModel } from '../../lib/adapters/shared/thread-model.ts';
import type { Protocol } from '../../lib/messages/protocol.ts';
import type { Client } from '../../lib/messages/rpc.ts';
import type { DraftResponse } from '../../lib/service/drafts.ts';
import { PanelContainer } from './PanelContainer.tsx';
import { PANEL_CSS } from './styles.ts';

export interface MountOptions {
  api: Client<Protocol>;
  thread: OpenedThread;
  model: ThreadModel;
  openDraft?: (response: DraftResponse) => Promise<void>;
}

/**
 * Renders the panel into `target`, inside a shadow root so neither the mail client's styles nor
 * ours leak: the caller's own root when `target` already lives in one, else a new one on `target`.
 */
export function mountInvoicePanel(target: HTMLElement, options: MountOptions): { unmount(): void } {
  const rootNode = target.getRootNode();
  const shadow =
    rootNode instanceof ShadowRoot ? rootNode : (target.shadowRoot ?? target.attachShadow({ mode: 'open' }));
  if (!shadow.querySelector('style[data-tactful-panel]')) {
    const style = document.createElement('style');
    style.dataset.tactfulPanel = '';
    style.textContent = PANEL_CSS;
    shadow.prepend(style);
  }
  const host = document.createElement('div');
  (rootNode instanceof ShadowRoot ? target : shadow).append(host);
  // The model already carries the locale and date it was computed for: no second settings
  // round trip on the mail client's page.
  render(
    <PanelContainer
      api={options.api}
      thread={options.thread}
      model={options.model}
      locale={options.model.locale}
      today={options.model.today}
      {...(options.openDraft ? { openDraft: options.openDraft } : {})}
    />,
    host,
  );
  return {
    unmount() {
      render(null, host);
      host.remove();
    },
  };
}
