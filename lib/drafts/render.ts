import Handlebars from 'handlebars/runtime';
import { PRECOMPILED } from './builtin/precompiled.gen.ts';
import type { PrecompiledSpec } from './builtin/types.ts';
import type { DraftContext } from './context.ts';
import { registerDraftHelpers } from './helpers.ts';
import { draftLanguage } from './language.ts';
import type { TemplateId } from './template-ids.ts';
import { type RenderedDraft, tidyHtml, tidySubject, tidyText } from './tidy.ts';

export type { RenderedDraft } from './tidy.ts';

// Built-ins render from precompiled specs on handlebars/runtime alone: MV3 forbids eval, so the
// compiler never ships to content scripts. An isolated environment keeps our helpers to ourselves.
const runtime = Handlebars.create();
registerDraftHelpers(runtime);

const templates = new Map<PrecompiledSpec, Handlebars.TemplateDelegate<DraftContext>>();

function run(spec: PrecompiledSpec, context: DraftContext): string {
  let template = templates.get(spec);
  if (!template) {
    template = runtime.template<DraftContext>(spec);
    templates.set(spec, template);
  }
  return template(context);
}

/** Renders a built-in template in the locale's language (English when there is no set for it). */
export function renderBuiltIn(templateId: TemplateId, locale: string, context: DraftContext): RenderedDraft {
  const specs = PRECOMPILED[draftLanguage(locale)][templateId];
  return {
    subject: tidySubject(run(specs.subject, context)),
    html: tidyHtml(run(specs.html, context)),
    text: tidyText(run(specs.text, context)),
  };
}
