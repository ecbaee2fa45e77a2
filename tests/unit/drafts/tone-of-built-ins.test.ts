import { describe, expect, it } from 'vitest';
import { renderBuiltIn } from '../../../lib/drafts/render.ts';
import { sampleDraftContext } from '../../../lib/drafts/sample-context.ts';
import { TEMPLATE_IDS } from '../../../lib/drafts/template-ids.ts';
import { checkTone } from '../../../lib/drafts/tone/index.ts';
import { policyWith, UK_STATUTORY, worked } from './worked-invoices.ts';

describe('the built-in wording passes the tone check', () => {
  for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'es-ES']) {
    it(`every ${locale} template, rendered with the sample, raises no tone flag`, () => {
      const context = sampleDraftContext(locale);
      for (const id of TEMPLATE_IDS) {
        const draft = renderBuiltIn(id, locale, context);
        for (const part of [draft.subject, draft.text]) {
          const flags = checkTone(part, id).map(
            (flag) => `${flag.rule}: "${part.slice(flag.start, flag.end)}"`,
          );
          expect(flags, `${locale}/${id}`).toEqual([]);
        }
      }
    });
  }

  it('the final notice with statutory interest and the collections note stay courteous', () => {
    const { context } = worked({ policy: policyWith(UK_STATUTORY), templateId: 'final' });
    for (const id of ['final', 'collections'] as const) {
      const draft = renderBuiltIn(id, 'en-GB', context);
      expect(checkTone(draft.text, id)).toEqual([]);
    }
  });
});
