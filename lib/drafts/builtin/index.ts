import { type DraftLanguage, draftLanguage } from '../language.ts';
import type { TemplateId } from '../template-ids.ts';
import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import type { BuiltInSet, TemplateSource } from './types.ts';

export type { BuiltInSet, TemplateSource } from './types.ts';

/** The sources of every built-in template: what the editor shows and "reset to built-in" restores. */
export const BUILT_IN_TEMPLATES: Readonly<Record<DraftLanguage, BuiltInSet>> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
};

/** The built-in source for a locale's language (English when there is no set for it). */
export function builtInSource(templateId: TemplateId, locale: string): TemplateSource {
  return BUILT_IN_TEMPLATES[draftLanguage(locale)][templateId];
}
