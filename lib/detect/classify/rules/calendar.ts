import type { Rule } from '../signals.ts';

const INVITATION_SUBJECT =
  /^\s*(?:(?:updated\s+)?invitation|einladung|aktualisierte\s+einladung|invitation\s+mise\s+à\s+jour|invitación|invito|uitnodiging)\s*:/i;

/** Meeting invitations ("Invitation: Invoice review @ Thu…") talk about invoices without being one. */
export const calendar: Rule = (input) => {
  const invite = input.attachments.some(
    (file) => /\.ics$/i.test(file.filename ?? '') || /text\/calendar/i.test(file.mimeType ?? ''),
  );
  const weight = (invite ? 6 : 0) + (INVITATION_SUBJECT.test(input.subject) ? 4 : 0);
  if (weight === 0) return [];
  return [{ kind: 'lookalike', weight, name: 'lookalike:calendar', reason: 'a meeting invitation' }];
};
