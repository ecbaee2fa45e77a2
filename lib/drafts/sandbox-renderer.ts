import { type ComposeInput, composeDraft, TemplateRejectedError } from './compose.ts';
import {
  type CompileTemplate,
  compileUserTemplate,
  type DraftContext,
  type PartProblem,
  type RenderedDraft,
  type UserTemplate,
} from './user-template.ts';

export type SandboxOutcome<T> =
  | { ok: true; value: T; warnings: PartProblem[] }
  | { ok: false; error: string; problems: PartProblem[] };

/** What the sandbox page does with a request, given the real compiler. Pure, so Node tests run it too. */
export function renderInSandbox(compile: CompileTemplate) {
  return {
    compose(input: Omit<ComposeInput, 'compile'>): SandboxOutcome<ReturnType<typeof composeDraft>> {
      try {
        return { ok: true, value: composeDraft({ ...input, compile }), warnings: [] };
      } catch (error) {
        if (error instanceof TemplateRejectedError)
          return { ok: false, error: error.message, problems: error.problems };
        return { ok: false, error: error instanceof Error ? error.message : String(error), problems: [] };
      }
    },
    preview(template: UserTemplate, context: DraftContext): SandboxOutcome<RenderedDraft> {
      const compiled = compileUserTemplate(compile, template);
      if (!compiled.ok) return { ok: false, error: 'The template has errors', problems: compiled.problems };
      const rendered = compiled.render(context);
      if (!rendered.ok) return { ok: false, error: 'The template has errors', problems: rendered.problems };
      return { ok: true, value: rendered.draft, warnings: compiled.warnings };
    },
  };
}
