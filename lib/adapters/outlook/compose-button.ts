import type { InsertOutcome } from '../shared/compose-controller.ts';
import type { DraftChoice } from '../shared/contract.ts';

/**
 * Tactful's button in a compose form's action row, beside Send (OUTLOOK.md §6): a real
 * `<button type="button">` with an accessible name, in a shadow root so no style leaks either
 * way, marked `data-tactful` so a re-render that drops it is noticed and it is put back once.
 * It opens a small menu of drafts, the suggested one first and focused.
 */

export const BUTTON_MARKER = 'compose-button';

export interface ComposeButtonActions {
  choices(): Promise<DraftChoice[]>;
  insert(choice: DraftChoice, confirmed: boolean): Promise<InsertOutcome>;
}

export interface ComposeButton {
  host: HTMLElement;
  /** Puts the button right after the Send wrapper, unless it is already there. */
  place(send: Element): void;
  remove(): void;
}

const CSS = `
:host { all: initial; display: inline-flex; position: relative; align-items: center; margin-inline-start: 8px;
  font: 13px system-ui, -apple-system, 'Segoe UI', sans-serif; }
button { font: inherit; cursor: pointer; border-radius: 4px; }
.open { border: 1px solid #2f6f62; background: #fff; color: #2f6f62; padding: 4px 12px; font-weight: 600; }
.open:focus-visible, .menu button:focus-visible { outline: 2px solid #2f6f62; outline-offset: 1px; }
.menu { position: absolute; top: calc(100% + 4px); left: 0; z-index: 2147483000; min-width: 300px; max-width: 420px;
  background: #fff; color: #1d2b27; border: 1px solid #c4cfcb; border-radius: 8px; box-shadow: 0 6px 18px rgba(0,0,0,.14);
  padding: 6px; }
.menu[hidden] { display: none; }
.menu p { margin: 6px 8px; }
.menu .item { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 6px 8px; }
.menu .item:hover, .menu .item:focus { background: #e3efec; }
.menu .item small { display: block; color: #5d6b67; }
.menu .primary { font-weight: 600; }
.menu .row { display: flex; gap: 6px; margin: 6px 8px; }
.menu .row button { border: 1px solid #c4cfcb; background: #fff; padding: 3px 10px; }
.menu .flag { color: #7a5200; }
.menu .error { color: #b3261e; }
`;

export function createComposeButton(doc: Document, actions: ComposeButtonActions): ComposeButton {
  const host = doc.createElement('span');
  host.dataset.tactful = BUTTON_MARKER;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  open.textContent = 'Tactful';
  open.setAttribute('aria-label', 'Tactful: insert a payment reminder');
  open.setAttribute('aria-haspopup', 'menu');
  open.setAttribute('aria-expanded', 'false');
  const menu = doc.createElement('div');
  menu.className = 'menu';
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', 'Tactful drafts');
  menu.hidden = true;
  shadow.append(style, open, menu);

  // Outlook listens for these on its containers (shortcuts, focus handling): keep ours to us.
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (event) => event.stopPropagation());

  let busy = false;
  const setOpen = (isOpen: boolean) => {
    menu.hidden = !isOpen;
    open.setAttribute('aria-expanded', String(isOpen));
  };
  const show = (...nodes: Node[]) => {
    menu.replaceChildren(...nodes);
    setOpen(true);
  };
  const paragraph = (text: string, className = '') => {
    const element = doc.createElement('p');
    element.textContent = text;
    if (className) element.className = className;
    return element;
  };
  const button = (text: string, onClick: () => void, className = '') => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.textContent = text;
    if (className) element.className = className;
    element.addEventListener('click', onClick);
    return element;
  };
  const close = () => {
    setOpen(false);
    menu.replaceChildren();
  };
  const failed = (error: unknown) => {
    busy = false;
    const message = error instanceof Error ? error.message : String(error);
    show(paragraph(`Tactful could not draft this: ${message}`, 'error'), button('Close', close));
  };

  const insert = async (choice: DraftChoice, confirmed: boolean) => {
    busy = true;
    show(paragraph('Writing the draft…'));
    try {
      const outcome = await actions.insert(choice, confirmed);
      busy = false;
      if (!outcome.inserted) {
        const flags = outcome.toneFlags.map((flag) =>
          paragraph(`• ${flag.reason} ${flag.suggestion}`, 'flag'),
        );
        const row = doc.createElement('div');
        row.className = 'row';
        row.append(
          button('Insert anyway', () => void insert(choice, true)),
          button('Cancel', close),
        );
        show(paragraph('This draft may read as pushy:'), ...flags, row);
        return;
      }
      show(paragraph('Draft inserted. Read it over before you send.'));
      setTimeout(close, 2500);
    } catch (error) {
      failed(error);
    }
  };

  const item = (choice: DraftChoice) => {
    const element = button('', () => void insert(choice, false), choice.primary ? 'item primary' : 'item');
    element.setAttribute('role', 'menuitem');
    element.append(choice.primary ? `${choice.label} (suggested)` : choice.label);
    const detail = doc.createElement('small');
    detail.textContent = choice.invoiceLabel;
    element.append(detail);
    return element;
  };

  const openMenu = async () => {
    busy = true;
    show(paragraph('Looking for the invoice…'));
    try {
      const choices = await actions.choices();
      busy = false;
      if (choices.length === 0) {
        show(
          paragraph('No tracked invoice for this conversation or these recipients.'),
          button('Close', close),
        );
        return;
      }
      const ordered = [...choices].sort((a, b) => Number(b.primary) - Number(a.primary));
      show(...ordered.map(item));
      (menu.querySelector('[role="menuitem"]') as HTMLElement | null)?.focus();
    } catch (error) {
      failed(error);
    }
  };

  open.addEventListener('click', () => {
    if (busy) return;
    if (menu.hidden) void openMenu();
    else close();
  });
  menu.addEventListener('keydown', (event) => {
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(shadow.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      close();
      open.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  });

  return {
    host,
    place(send) {
      if (send.nextElementSibling !== host) send.after(host);
    },
    remove() {
      host.remove();
    },
  };
}
