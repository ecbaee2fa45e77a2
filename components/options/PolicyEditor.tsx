import { useState } from 'preact/hooks';
import { STEP_LABELS, stepLabel, TEMPLATE_IDS, validatePolicy } from '../../lib/ladder/policy.ts';
import type { DatedRate, FeePolicy, Policy } from '../../lib/ladder/types.ts';

export interface PolicyEditorProps {
  policy: Policy;
  onSave: (policy: Policy) => Promise<void>;
}

const FEE_LABELS: Record<FeePolicy['kind'], string> = {
  none: 'No late fees or interest',
  flat: 'A flat late fee',
  'percent-per-month': 'Interest: a percentage per month',
  'statutory-uk': 'UK statutory interest (Late Payment of Commercial Debts Act 1998)',
  'statutory-eu': 'EU statutory interest (Directive 2011/7/EU)',
  'statutory-de': 'German statutory interest (BGB §288)',
};

function ratesToText(rates: DatedRate[]): string {
  return rates.map((rate) => `${rate.from} ${rate.rate}`).join('\n');
}

function textToRates(text: string): DatedRate[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [from = '', rate = ''] = line.split(/[\s,;]+/);
      return { from, rate };
    });
}

function feeDefaults(kind: FeePolicy['kind'], previous: FeePolicy): FeePolicy {
  const rates =
    'referenceRates' in previous
      ? previous.referenceRates
      : 'baseRates' in previous
        ? previous.baseRates
        : [];
  switch (kind) {
    case 'none':
      return { kind };
    case 'flat':
      return { kind, amount: '25.00' };
    case 'percent-per-month':
      return { kind, percent: '1.5' };
    case 'statutory-uk':
      return { kind, referenceRates: rates };
    case 'statutory-eu':
      return { kind, referenceRates: rates, compensation: '40.00' };
    case 'statutory-de':
      return { kind, baseRates: rates };
  }
}

/** The escalation ladder and late-fee policy: steps added, removed, reordered and re-timed. */
export function PolicyEditor({ policy, onSave }: PolicyEditorProps) {
  const [draft, setDraft] = useState<Policy>(policy);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const update = (next: Policy) => {
    setDraft(next);
    setSaved(false);
  };
  const moveStep = (index: number, by: number) => {
    const steps = [...draft.steps];
    const [step] = steps.splice(index, 1);
    if (step) steps.splice(index + by, 0, step);
    update({ ...draft, steps });
  };
  const unused = TEMPLATE_IDS.filter((id) => !draft.steps.some((step) => step.id === id));
  const fees = draft.fees;
  const rates = 'referenceRates' in fees ? fees.referenceRates : 'baseRates' in fees ? fees.baseRates : null;

  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">Reminder ladder and late fees</h2>
      <p class="hint">
        Days are counted from the due date: −3 is three days before it, 14 is two weeks after.
      </p>
      <table class="grid" data-testid="ladder-steps">
        <thead>
          <tr>
            <th>Step</th>
            <th>Days from due date</th>
            <th>Order</th>
          </tr>
        </thead>
        <tbody>
          {draft.steps.map((step, index) => (
            <tr key={step.id}>
              <td>{stepLabel(step)}</td>
              <td>
                <input
                  type="number"
                  aria-label={`Days from due date for ${stepLabel(step)}`}
                  value={step.offsetDays}
                  onInput={(event) => {
                    const offsetDays = Number((event.currentTarget as HTMLInputElement).value);
                    update({
                      ...draft,
                      steps: draft.steps.map((other, at) =>
                        at === index ? { ...other, offsetDays } : other,
                      ),
                    });
                  }}
                />
              </td>
              <td>
                <button
                  type="button"
                  disabled={index === 0}
                  aria-label="Move up"
                  onClick={() => moveStep(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={index === draft.steps.length - 1}
                  aria-label="Move down"
                  onClick={() => moveStep(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Remove ${stepLabel(step)}`}
                  onClick={() => update({ ...draft, steps: draft.steps.filter((_, at) => at !== index) })}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unused.length > 0 && (
        <label>
          Add a step{' '}
          <select
            value=""
            onChange={(event) => {
              const id = (event.currentTarget as HTMLSelectElement).value;
              if (id) update({ ...draft, steps: [...draft.steps, { id, offsetDays: 0 }] });
            }}
          >
            <option value="">Choose…</option>
            {unused.map((id) => (
              <option key={id} value={id}>
                {STEP_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
      )}
      <div class="form-row">
        <label>
          Days between two contacts at least{' '}
          <input
            type="number"
            min={0}
            value={draft.minGapDays}
            onInput={(event) =>
              update({ ...draft, minGapDays: Number((event.currentTarget as HTMLInputElement).value) })
            }
          />
        </label>
        <label>
          Final deadline, days after the final notice{' '}
          <input
            type="number"
            min={1}
            value={draft.finalDeadlineDays}
            onInput={(event) =>
              update({ ...draft, finalDeadlineDays: Number((event.currentTarget as HTMLInputElement).value) })
            }
          />
        </label>
      </div>
      <fieldset>
        <legend>Late fees and interest</legend>
        <select
          aria-label="Late fee policy"
          value={fees.kind}
          onChange={(event) =>
            update({
              ...draft,
              fees: feeDefaults((event.currentTarget as HTMLSelectElement).value as FeePolicy['kind'], fees),
            })
          }
        >
          {(Object.keys(FEE_LABELS) as FeePolicy['kind'][]).map((kind) => (
            <option key={kind} value={kind}>
              {FEE_LABELS[kind]}
            </option>
          ))}
        </select>
        {fees.kind === 'flat' && (
          <label>
            Fee (in the invoice's currency){' '}
            <input
              value={fees.amount}
              onInput={(event) =>
                update({
                  ...draft,
                  fees: { ...fees, amount: (event.currentTarget as HTMLInputElement).value },
                })
              }
            />
          </label>
        )}
        {fees.kind === 'percent-per-month' && (
          <label>
            Percent per month{' '}
            <input
              value={fees.percent}
              onInput={(event) =>
                update({
                  ...draft,
                  fees: { ...fees, percent: (event.currentTarget as HTMLInputElement).value },
                })
              }
            />
          </label>
        )}
        {fees.kind === 'statutory-eu' && (
          <label>
            Fixed compensation per invoice{' '}
            <input
              value={fees.compensation}
              onInput={(event) =>
                update({
                  ...draft,
                  fees: { ...fees, compensation: (event.currentTarget as HTMLInputElement).value },
                })
              }
            />
          </label>
        )}
        {rates && (
          <label class="block">
            {fees.kind === 'statutory-de' ? 'Basiszinssatz' : 'Reference rates'}: one per line, the date it
            took effect and the percent (e.g. "2026-01-01 3.75"). Tactful never looks these up online.
            <textarea
              rows={5}
              value={ratesToText(rates)}
              onInput={(event) => {
                const next = textToRates((event.currentTarget as HTMLTextAreaElement).value);
                update({
                  ...draft,
                  fees:
                    fees.kind === 'statutory-de'
                      ? { ...fees, baseRates: next }
                      : ({ ...fees, referenceRates: next } as FeePolicy),
                });
              }}
            />
          </label>
        )}
        {fees.kind.startsWith('statutory') && (
          <p class="hint">Statutory interest and compensation apply only to clients marked as businesses.</p>
        )}
      </fieldset>
      {problems.length > 0 && (
        <ul class="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={async () => {
            const found = validatePolicy(draft);
            setProblems(found);
            if (found.length > 0) return;
            try {
              await onSave(draft);
              setSaved(true);
            } catch (reason) {
              setProblems([reason instanceof Error ? reason.message : String(reason)]);
            }
          }}
        >
          Save ladder
        </button>
        {saved && <span role="status">Saved.</span>}
      </div>
    </section>
  );
}
