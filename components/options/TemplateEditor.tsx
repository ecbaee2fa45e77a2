import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { builtInSource } from '../../lib/drafts/builtin/index.ts';
import type { DraftContext } from '../../lib/drafts/context.ts';
import { TEMPLATE_IDS, type TemplateId } from '../../lib/drafts/template-ids.ts';
import { checkTone } from '../../lib/drafts/tone/index.ts';
import type { ToneFlag } from '../../lib/drafts/tone/types.ts';
import type { PartProblem, RenderedDraft, UserTemplate } from '../../lib/drafts/user-template.ts';
import { validateTemplate } from '../../lib/drafts/validate.ts';
import { TEMPLATE_VARIABLES } from '../../lib/drafts/variables.ts';
import { STEP_LABELS, templateIdOf } from '../../lib/ladder/policy.ts';
import type { Policy } from '../../lib/ladder/types.ts';
import type { TemplateOverride } from '../../lib/ledger/types.ts';
import type { InvoiceListRow } from '../../lib/ledger/views.ts';
import type { SandboxReply } from '../../lib/messages/sandbox.ts';
import { type Api, errorText } from './api.ts';

export interface TemplateEditorProps {
  api: Api;
  policy: Policy;
  locale: string;
  overrides: Record<string, TemplateOverride>;
  invoices: InvoiceListRow[];
  /** Renders a user template in the sandbox page (the only place Handlebars may compile). */
  preview: (template: UserTemplate, context: DraftContext) => Promise<SandboxReply>;
  onSave: (templateId: TemplateId, override: TemplateOverride | null) => Promise<void>;
}

/** Templates in ladder order, then the ones no step uses (plan, discount, thanks…). */
function orderedTemplates(policy: Policy): TemplateId[] {
  const inLadder = policy.steps
    .map((step) => templateIdOf(step))
    .filter((id): id is TemplateId => (TEMPLATE_IDS as readonly string[]).includes(id));
  return [...new Set([...inLadder, ...TEMPLATE_IDS])];
}

function starting(
  templateId: TemplateId,
  locale: string,
  overrides: Record<string, TemplateOverride>,
): UserTemplate {
  const own = overrides[templateId];
  if (own) return { subject: own.subject, body: own.body };
  const builtIn = builtInSource(templateId, locale);
  return { subject: builtIn.subject, body: builtIn.text };
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

export function TemplateEditor({
  api,
  policy,
  locale,
  overrides,
  invoices,
  preview,
  onSave,
}: TemplateEditorProps) {
  const templates = useMemo(() => orderedTemplates(policy), [policy]);
  const [templateId, setTemplateId] = useState<TemplateId>(templates[0] ?? 'reminder');
  const [template, setTemplate] = useState<UserTemplate>(() => starting(templateId, locale, overrides));
  const [invoiceId, setInvoiceId] = useState<string | null>(null);
  const [context, setContext] = useState<DraftContext | null>(null);
  const [rendered, setRendered] = useState<RenderedDraft | null>(null);
  const [renderProblems, setRenderProblems] = useState<PartProblem[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const body = useRef<HTMLTextAreaElement>(null);

  const problems = useMemo(() => problemsOf(template), [template]);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const toneFlags: ToneFlag[] = useMemo(
    () => (rendered ? checkTone(`${rendered.subject}\n\n${rendered.text}`, templateId) : []),
    [rendered, templateId],
  );

  // Switching template (or language) loads that template; saving must not reset what is shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: overrides are read only on a switch.
  useEffect(() => {
    setTemplate(starting(templateId, locale, overrides));
    setStatus(null);
  }, [templateId, locale]);

  useEffect(() => {
    let current = true;
    api('draft.context', { invoiceId, templateId }).then(
      (next) => current && setContext(next),
      (reason: unknown) => current && setStatus(errorText(reason)),
    );
    return () => {
      current = false;
    };
  }, [api, invoiceId, templateId]);

  useEffect(() => {
    if (!context) return;
    if (errors.length > 0) {
      setRendered(null);
      setRenderProblems([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void preview(template, context).then((reply) => {
        if (!current) return;
        if (reply.ok && reply.kind === 'preview') {
          setRendered(reply.draft);
          setRenderProblems([]);
        } else if (!reply.ok) {
          setRendered(null);
          setRenderProblems(
            reply.problems.length > 0
              ? reply.problems
              : [{ part: 'body', line: 1, column: 1, message: reply.error, severity: 'error' }],
          );
        }
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [template, context, errors.length, preview]);

  function insertVariable(path: string) {
    const area = body.current;
    const tag = `{{${path}}}`;
    if (!area) return setTemplate({ ...template, body: template.body + tag });
    const start = area.selectionStart ?? template.body.length;
    const end = area.selectionEnd ?? start;
    setTemplate({ ...template, body: template.body.slice(0, start) + tag + template.body.slice(end) });
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(start + tag.length, start + tag.length);
    });
  }

  const shownProblems = [...problems, ...renderProblems];
  return (
    <section aria-labelledby="templates-title" class="template-editor">
      <h2 id="templates-title">Templates</h2>
      <div class="editor-layout">
        <ul class="template-list" aria-label="Templates in ladder order">
          {templates.map((id) => (
            <li key={id}>
              <button
                type="button"
                class={id === templateId ? 'tab active' : 'tab'}
                onClick={() => setTemplateId(id)}
              >
                {STEP_LABELS[id]}
                {overrides[id] ? ' · edited' : ''}
              </button>
            </li>
          ))}
        </ul>
        <div class="editor-main">
          <label class="block">
            Subject
            <input
              data-testid="template-subject"
              value={template.subject}
              onInput={(event) =>
                setTemplate({ ...template, subject: (event.currentTarget as HTMLInputElement).value })
              }
            />
          </label>
          <label class="block">
            Message (plain text; a blank line starts a new paragraph)
            <textarea
              ref={body}
              data-testid="template-body"
              rows={16}
              value={template.body}
              onInput={(event) =>
                setTemplate({ ...template, body: (event.currentTarget as HTMLTextAreaElement).value })
              }
            />
          </label>
          {shownProblems.length > 0 && (
            <ul class="problems" data-testid="template-problems" aria-label="Problems in this template">
              {shownProblems.map((problem) => (
                <li
                  key={`${problem.part}:${problem.line}:${problem.column}:${problem.message}`}
                  class={problem.severity}
                >
                  {problem.part === 'subject' ? 'Subject' : 'Message'}, line {problem.line}, column{' '}
                  {problem.column}: {problem.message}
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={errors.length > 0}
              onClick={async () => {
                await onSave(templateId, { ...template, updatedAt: Date.now() });
                setStatus('Saved. New drafts use your version.');
              }}
            >
              Save template
            </button>
            <button
              type="button"
              disabled={!overrides[templateId]}
              onClick={async () => {
                await onSave(templateId, null);
                setTemplate(starting(templateId, locale, {}));
                setStatus('Back to the built-in template.');
              }}
            >
              Reset to built-in
            </button>
            {status && <span role="status">{status}</span>}
          </div>
          <label>
            Preview with{' '}
            <select
              data-testid="preview-invoice"
              value={invoiceId ?? ''}
              onChange={(event) => setInvoiceId((event.currentTarget as HTMLSelectElement).value || null)}
            >
              <option value="">a sample invoice</option>
              {invoices.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.number} — {row.clientName}
                </option>
              ))}
            </select>
          </label>
          <div class="preview-pane" data-testid="template-preview" aria-live="polite">
            {rendered ? (
              <>
                <p class="preview-subject">{rendered.subject}</p>
                <pre class="preview-text">{rendered.text}</pre>
              </>
            ) : (
              <p class="hint">
                {errors.length > 0 ? 'Fix the problems above to see the preview.' : 'Rendering…'}
              </p>
            )}
          </div>
          {toneFlags.length > 0 && (
            <ul class="tone-flags" data-testid="tone-flags" aria-label="Tone check">
              {toneFlags.map((flag) => (
                <li key={`${flag.rule}:${flag.start}`}>
                  <strong>{flag.reason}</strong> {flag.suggestion}
                </li>
              ))}
            </ul>
          )}
        </div>
        <aside class="variables" aria-label="Variables">
          <h3>Variables</h3>
          <ul>
            {TEMPLATE_VARIABLES.map((variable) => (
              <li key={variable.path}>
                <button
                  type="button"
                  class="link"
                  onClick={() => insertVariable(variable.path)}
                  title={variable.description}
                >
                  {`{{${variable.path}}}`}
                </button>
                <span class="hint">
                  {' '}
                  {variable.description} e.g. {variable.sample}
                </span>
              </li>
            ))}
          </ul>
          <p class="hint">
            Helpers: {'{{money amountMinor currency}}'}, {'{{date isoDate}}'},{' '}
            {'{{plural count "day" "days"}}'}.
          </p>
        </aside>
      </div>
    </section>
  );
}
