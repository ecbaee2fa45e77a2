/**
 * Sets a React-controlled input's value so React hears it (OUTLOOK.md §6). React tracks the last
 * value it wrote on the element itself; going through the prototype's native setter leaves that
 * tracker behind, so the bubbling `input` event that follows reads as a real change. A plain
 * `value =` happens to work from a content script's isolated world, where the tracker is
 * invisible, but not from page scripts or main-world tests; the native setter works in both.
 */
export function setInputValue(input: HTMLInputElement, value: string): void {
  const win = input.ownerDocument.defaultView;
  const prototype = win?.HTMLInputElement.prototype ?? HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  input.focus();
  if (setter) setter.call(input, value);
  else input.value = value;
  const EventOfPage = win?.Event ?? Event;
  input.dispatchEvent(new EventOfPage('input', { bubbles: true }));
  input.dispatchEvent(new EventOfPage('change', { bubbles: true }));
  if (input.value !== value) throw new Error('Outlook did not take the subject; please type it in.');
}
