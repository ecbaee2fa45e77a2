/** Languages with a complete built-in template set. */
export const DRAFT_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

/** The built-in language for a BCP 47 locale: "de-AT" -> "de"; anything without a set -> "en". */
export function draftLanguage(locale: string): DraftLanguage {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (DRAFT_LANGUAGES as readonly string[]).includes(language) ? (language as DraftLanguage) : 'en';
}

/** Letters in French and Spanish spell the month out ("14 février 2026"); the others use the short form. */
export function draftDateStyle(locale: string): 'medium' | 'long' {
  const language = draftLanguage(locale);
  return language === 'fr' || language === 'es' ? 'long' : 'medium';
}
