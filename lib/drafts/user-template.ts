import type { DraftContext } from './context.ts';
import { DRAFT_HELPERS, KNOWN_HELPERS } from './helpers.ts';
import { type RenderedDraft, tidySubject, tidyText } from './tidy.ts';
import { hasErrors, type TemplateProblem, validateTemplate } from './validate.ts';

/**
 * User-edited templates: a subject and a plain-text body. The HTML body is derived from the
 * rendered text, so a user never writes markup and client data can never become markup.
 *
 * Compiling needs `Handlebars.compile`, which uses `new Function`: MV3 allows that only in a
 * manifest sandbox page. The compiler is therefore injected — `Handlebars.compile` in Node,
 * the sandbox page's copy in the extension — and this module (with validate.ts, helpers.ts and
 * the context types) is all that page needs from us.
 */

export { DRAFT_HELPERS, registerDraftHelpers } from './helpers.ts';
export { sampleDraftContext } from './sample-context.ts';
export { type TemplateProblem, validateTemplate } from './validate.ts';
export type { DraftContext, RenderedDraft };

export interface UserTemplate {
  subject: string;
  /** Plain text with Handlebars tags; blank lines separate paragraphs. */
  body: string;
}

export interface UserCompileOptions {
  noEscape: boolean;
  knownHelpers: Record<string, boolean>;
  knownHelpersOnly: boolean;
  strict: boolean;
}

export type CompiledUserTemplate = (
  context: DraftContext,
  options: { helpers: Record<string, (...args: unknown[]) => string> },
) => string;

/** `Handlebars.compile` or anything with its shape. */
export type CompileTemplate = (source: string, options: UserCompileOptions) => CompiledUserTemplate;

/** Plain text in, plain text out: escaping happens once, when the HTML is derived. */
export const USER_COMPILE_OPTIONS: Readonly<UserCompileOptions> = {
  noEscape: true,
  knownHelpers: { ...KNOWN_HELPERS },
  knownHelpersOnly: true,
  strict: false,
};

export type PartProblem = TemplateProblem & { part: 'subject' | 'body' };

export type CompiledUser =
  | { ok: true; warnings: PartProblem[]; render: (context: DraftContext) => UserRenderResult }
  | { ok: false; problems: PartProblem[] };

export type UserRenderResult = { ok: true; draft: RenderedDraft } | { ok: false; problems: PartProblem[] };

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Blank-line-separated paragraphs become <p>, single line breaks <br>; everything is escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

function problemsOf(template: UserTemplate): PartProblem[] {
  return [
    ...validateTemplate(template.subject, 'subject').map((problem) => ({
      ...problem,
      part: 'subject' as const,
    })),
    ...validateTemplate(template.body, 'body').map((problem) => ({ ...problem, part: 'body' as const })),
  ];
}

function failure(part: 'subject' | 'body', error: unknown): PartProblem[] {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return [
    { part, line: 1, column: 1, message: `The template could not be used: ${message}`, severity: 'error' },
  ];
}

/**
 * Validates and compiles a user template once; `render` then fills it for any context.
 * A template with any error is refused with its problems and never renders half a draft.
 */
export function compileUserTemplate(compile: CompileTemplate, template: UserTemplate): CompiledUser {
  const problems = problemsOf(template);
  if (hasErrors(problems)) return { ok: false, problems };
  let subject: CompiledUserTemplate;
  let body: CompiledUserTemplate;
  try {
    subject = compile(template.subject, { ...USER_COMPILE_OPTIONS });
  } catch (error) {
    return { ok: false, problems: failure('subject', error) };
  }
  try {
    body = compile(template.body, { ...USER_COMPILE_OPTIONS });
  } catch (error) {
    return { ok: false, problems: failure('body', error) };
  }
  const options = { helpers: { ...DRAFT_HELPERS } };
  return {
    ok: true,
    warnings: problems,
    render(context) {
      let part: 'subject' | 'body' = 'subject';
      try {
        const renderedSubject = tidySubject(subject(context, options));
        part = 'body';
        const text = tidyText(body(context, options));
        return { ok: true, draft: { subject: renderedSubject, text, html: textToHtml(text) } };
      } catch (error) {
        return { ok: false, problems: failure(part, error) };
      }
    },
  };
}

/** Validates, compiles and renders a user template in one go (the editor's live preview). */
export function renderUserTemplate(
  compile: CompileTemplate,
  override: UserTemplate,
  context: DraftContext,
): UserRenderResult {
  const compiled = compileUserTemplate(compile, override);
  return compiled.ok ? compiled.render(context) : { ok: false, problems: compiled.problems };
}
