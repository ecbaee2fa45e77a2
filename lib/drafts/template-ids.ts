// One list of template ids: the ladder validates steps against it, drafts render it.
export { isTemplateId, TEMPLATE_IDS, type TemplateId } from '../ladder/policy.ts';

import type { TemplateId } from '../ladder/policy.ts';

/** The call script is read aloud from the panel; every other template becomes an email draft. */
export function isEmailTemplate(templateId: TemplateId): boolean {
  return templateId !== 'call';
}
