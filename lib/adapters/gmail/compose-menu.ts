import type { ToneFlag } from '../../drafts/tone/types.ts';
import type { ComposeController } from '../shared/compose-controller.ts';
import type { ComposeTarget, DraftChoice } from '../shared/contract.ts';
import type { GmailDropdown } from './sdk-types.ts';

export interface ComposeMenuDeps {
  compose: Pick<ComposeController, 'choices' | 'insert'>;
  /** Logs and reports a failure; the menu shows its own short message too. */
  onError(error: unknown): void;
}

const MENU_STYLE = 'min-width:260px;max-width:360px;padding:6px 0;font:13px/1.4 Roboto,Arial,sans-serif';
const HEADING_STYLE = 'padding:6px 14px 2px;color:#5f6368;font-size:12px';
const ITEM_STYLE =
  'display:block;width:100%;padding:6px 14px;border:0;background:none;text-align:left;cursor:pointer;font:inherit;color:inherit';
const NOTE_STYLE = 'padding:8px 14px;color:#3c4043';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  style: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.style.cssText = style;
  node.textContent = text;
  return node;
}

function button(text: string, onClick: () => void, style = ITEM_STYLE): HTMLButtonElement {
  const node = element('button', style, text);
  node.type = 'button';
  node.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onClick();
  });
  return node;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The menu's root inside InboxSDK's dropdown; each state replaces its content. */
function menuRoot(dropdown: GmailDropdown): HTMLElement {
  const existing = dropdown.el.querySelector<HTMLElement>('[data-tactful-menu]');
  if (existing) return existing;
  const root = element('div', MENU_STYLE);
  root.dataset.tactfulMenu = '';
  root.setAttribute('role', 'menu');
  dropdown.el.append(root);
  return root;
}

function showNote(dropdown: GmailDropdown, text: string, state: string): void {
  const note = element('div', NOTE_STYLE, text);
  note.dataset.state = state;
  menuRoot(dropdown).replaceChildren(note);
}

function emptyText(target: ComposeTarget): string {
  return target.isReply
    ? 'Tactful tracks no invoice in this thread. Open the thread with the invoice to track it.'
    : 'No open invoices for the people in To. Add the client’s address, then try again.';
}

/** Choices grouped under their invoice, the current step first and in bold. */
function showChoices(
  dropdown: GmailDropdown,
  choices: DraftChoice[],
  pick: (choice: DraftChoice) => void,
): void {
  const root = menuRoot(dropdown);
  const nodes: HTMLElement[] = [];
  let lastInvoice: string | null = null;
  let first: HTMLButtonElement | null = null;
  for (const choice of choices) {
    if (choice.invoiceId !== lastInvoice) {
      lastInvoice = choice.invoiceId;
      nodes.push(element('div', HEADING_STYLE, choice.invoiceLabel));
    }
    const item = button(choice.label, () => pick(choice));
    item.setAttribute('role', 'menuitem');
    item.dataset.templateId = choice.templateId;
    item.dataset.invoiceId = choice.invoiceId;
    if (choice.primary) {
      item.dataset.primary = '';
      item.style.fontWeight = '600';
    }
    first ??= item;
    nodes.push(item);
  }
  root.replaceChildren(...nodes);
  // Enter inserts the current step's draft: the button's default action.
  (root.querySelector<HTMLButtonElement>('[data-primary]') ?? first)?.focus();
}

function showToneFlags(dropdown: GmailDropdown, flags: ToneFlag[], confirm: () => void): void {
  const intro = element('div', NOTE_STYLE, 'This draft has wording that could read badly:');
  intro.dataset.state = 'tone';
  const list = element('ul', 'margin:0;padding:0 14px 6px 32px;color:#3c4043');
  for (const flag of flags) {
    list.append(element('li', '', `${flag.reason} Try: ${flag.suggestion}`));
  }
  const insertAnyway = button('Insert anyway', confirm);
  insertAnyway.dataset.action = 'insert-anyway';
  const cancel = button('Cancel', () => dropdown.close());
  cancel.dataset.action = 'cancel';
  menuRoot(dropdown).replaceChildren(intro, list, insertAnyway, cancel);
}

async function insertChoice(
  dropdown: GmailDropdown,
  target: ComposeTarget,
  choice: DraftChoice,
  deps: ComposeMenuDeps,
  confirmed: boolean,
): Promise<void> {
  showNote(dropdown, 'Drafting…', 'drafting');
  try {
    const outcome = await deps.compose.insert(target, choice, confirmed);
    if (outcome.inserted) {
      dropdown.close();
      return;
    }
    showToneFlags(dropdown, outcome.toneFlags, () => {
      void insertChoice(dropdown, target, choice, deps, true);
    });
  } catch (error) {
    deps.onError(error);
    showNote(dropdown, `Tactful could not insert the draft: ${errorText(error)}`, 'error');
  }
}

/** Fills InboxSDK's dropdown under the compose button with the drafts on offer. */
export async function openComposeMenu(
  dropdown: GmailDropdown,
  target: ComposeTarget,
  deps: ComposeMenuDeps,
): Promise<void> {
  showNote(dropdown, 'Looking up invoices…', 'loading');
  let choices: DraftChoice[];
  try {
    choices = await deps.compose.choices(target);
  } catch (error) {
    deps.onError(error);
    showNote(dropdown, `Tactful could not look up invoices: ${errorText(error)}`, 'error');
    return;
  }
  if (choices.length === 0) {
    showNote(dropdown, emptyText(target), 'empty');
    return;
  }
  showChoices(dropdown, choices, (choice) => {
    void insertChoice(dropdown, target, choice, deps, false);
  });
}

/** The button without a dropdown: insert the current step's draft straight away. */
export async function insertPrimaryChoice(target: ComposeTarget, deps: ComposeMenuDeps): Promise<boolean> {
  const choices = await deps.compose.choices(target);
  const primary = choices.find((choice) => choice.primary) ?? choices[0];
  if (!primary) return false;
  const outcome = await deps.compose.insert(target, primary);
  return outcome.inserted;
}
