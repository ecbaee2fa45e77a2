/** The built-in templates, in the order the editor lists them. */
export const TEMPLATE_IDS = [
  'courtesy',
  'due-today',
  'reminder',
  'follow-up',
  'call',
  'final',
  'plan-proposal',
  'plan-confirmation',
  'discount-offer',
  'partial-ack',
  'thank-you',
  'collections',
] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** The call script is read aloud from the panel; every other template becomes an email draft. */
export function isEmailTemplate(templateId: TemplateId): boolean {
  return templateId !== 'call';
}
