// @vitest-environment happy-dom
import { undo } from 'roosterjs-content-model-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeParts, createComposeTarget } from '../../../lib/adapters/outlook/compose-target.ts';
import {
  draftRange,
  EditorInsertError,
  insertIntoEditor,
} from '../../../lib/adapters/outlook/editor-insert.ts';
import { setInputValue } from '../../../lib/adapters/outlook/input-value.ts';
import { type FixtureEditors, startFixtureEditors } from '../../fixtures/outlook/app/editors.ts';
import { loadFixture } from './fixtures.ts';

const draft = {
  subject: 'Friendly reminder: invoice INV-1042',
  html: '<p>Hi Dana,</p><p>A quick reminder that invoice <b>INV-1042</b> for £2,400.00 was due on 13 November.</p>',
  text: 'Hi Dana,\n\nA quick reminder that invoice INV-1042 for £2,400.00 was due on 13 November.',
};

let editors: FixtureEditors | null = null;
afterEach(() => {
  editors?.dispose();
  editors = null;
  Reflect.deleteProperty(document, 'execCommand');
});

/** happy-dom has no execCommand: the fallback's tests bring their own. */
function withExecCommand(fn: (command: string, ui: boolean, value: string) => boolean): void {
  Object.defineProperty(document, 'execCommand', { value: fn, configurable: true });
}

function formOf(name: string, id: string) {
  loadFixture(name);
  editors = startFixtureEditors(document);
  const parts = composeParts(
    document.getElementById(id) ?? document.querySelector('[data-app-section="Form_Content"]')!,
  );
  if (!parts) throw new Error('no compose parts');
  return parts;
}

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('where the draft goes', () => {
  it('into the empty first paragraph of a new message', () => {
    const { editor } = formOf('new-compose.en', 'docking_InitVisiblePart_0');
    const range = draftRange(editor);
    expect(range.startContainer).toBe(editor.firstElementChild);
    expect(range.startOffset).toBe(0);
  });

  it('just before the signature when the user already wrote something', () => {
    const { editor } = formOf('new-compose.de', 'docking_InitVisiblePart_0');
    editors?.dispose();
    editors = null;
    editor.firstElementChild!.textContent = 'Guten Tag, Herr Berger,';
    const range = draftRange(editor);
    expect(range.startContainer).toBe(editor);
    expect(editor.childNodes[range.startOffset]).toBe(editor.querySelector('#Signature'));
  });
});

describe("inserting through RoosterJS's own paste", () => {
  it.each([
    ['new-compose.en', 'docking_InitVisiblePart_0', 'Kind regards,'],
    ['inline-reply.en', 'docking_InitVisiblePart_1', 'Kind regards,'],
    ['inline-reply.de', 'docking_InitVisiblePart_1', 'Mit freundlichen Grüßen'],
    ['popout-compose.en', '', 'Kind regards,'],
  ])(
    '%s: the editor takes the paste, raises contentChanged and keeps signature and quote',
    async (name, id, signature) => {
      const { editor } = formOf(name, id);
      const quoteBefore = editor.querySelector('#divRplyFwdMsg')?.textContent ?? null;
      const method = await insertIntoEditor(editor, draft.html, draft.text);
      expect(method).toBe('paste');
      expect(editors?.log).toContainEqual({
        editor: expect.any(Number),
        event: 'contentChanged',
        source: 'Paste',
      });
      const text = flat(editor.textContent);
      expect(text).toContain('A quick reminder that invoice INV-1042 for £2,400.00 was due on 13 November.');
      expect(text.indexOf('Hi Dana,')).toBeLessThan(text.indexOf(signature));
      expect(editor.querySelector('#divRplyFwdMsg')?.textContent ?? null).toBe(quoteBefore);
    },
  );

  it('can be undone in one step, leaving the form as it was', async () => {
    const { editor } = formOf('new-compose.en', 'docking_InitVisiblePart_0');
    const before = flat(editor.textContent);
    await insertIntoEditor(editor, draft.html, draft.text);
    expect(flat(editor.textContent)).not.toBe(before);
    undo(editors!.editors[0]!);
    expect(flat(editor.textContent)).toBe(before);
  });

  it('falls back to insertHTML only when nobody took the paste', async () => {
    document.body.innerHTML =
      '<div contenteditable="true" role="textbox" aria-multiline="true"><div><br></div></div>';
    const editor = document.querySelector<HTMLElement>('[role="textbox"]')!;
    const execCommand = vi.fn((command: string, _ui: boolean, html: string) => {
      // What a browser does with insertHTML at the caret, for this test's single paragraph.
      if (command === 'insertHTML') editor.firstElementChild!.innerHTML = html;
      return true;
    });
    withExecCommand(execCommand);
    expect(await insertIntoEditor(editor, draft.html, draft.text)).toBe('insertHTML');
    expect(execCommand).toHaveBeenCalledWith('insertHTML', false, draft.html);
  });

  it('says so plainly when neither path put the draft in', async () => {
    document.body.innerHTML =
      '<div contenteditable="true" role="textbox" aria-multiline="true"><div><br></div></div>';
    const editor = document.querySelector<HTMLElement>('[role="textbox"]')!;
    withExecCommand(() => false);
    await expect(insertIntoEditor(editor, draft.html, draft.text)).rejects.toThrow(EditorInsertError);
    await expect(insertIntoEditor(editor, draft.html, draft.text)).rejects.toThrow(/could not put the draft/);
  });
});

describe('the subject', () => {
  it('goes in through the native setter, then input and change events, and is read back', () => {
    document.body.innerHTML = '<input type="text" autocomplete="off">';
    const input = document.querySelector('input')!;
    const events: string[] = [];
    input.addEventListener('input', () => events.push(`input:${input.value}`));
    input.addEventListener('change', () => events.push(`change:${input.value}`));
    setInputValue(input, draft.subject);
    expect(input.value).toBe(draft.subject);
    expect(events).toEqual([`input:${draft.subject}`, `change:${draft.subject}`]);
  });

  it('is refused with a clear message when the field will not take it', () => {
    document.body.innerHTML = '<input type="text" autocomplete="off">';
    const input = document.querySelector('input')!;
    input.addEventListener('input', () => {
      input.value = '';
    });
    expect(() => setInputValue(input, draft.subject)).toThrow(
      'Outlook did not take the subject; please type it in.',
    );
  });

  it('is set for a new message and left alone in a reply', async () => {
    const parts = formOf('new-compose.en', 'docking_InitVisiblePart_0');
    const target = createComposeTarget(parts, { threadId: null, isReply: false });
    await target.insert(draft, { setSubject: true });
    expect(parts.subject?.value).toBe(draft.subject);
    editors?.dispose();
    editors = null;
    const reply = formOf('inline-reply.en', 'docking_InitVisiblePart_1');
    const replyTarget = createComposeTarget(reply, { threadId: 'conv', isReply: true });
    await replyTarget.insert(draft, { setSubject: false });
    expect(reply.subject?.value).toBe('RE: Invoice INV-1042 for the October design sprint');
    target.dispose();
    replyTarget.dispose();
  });
});
