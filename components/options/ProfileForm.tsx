import { useState } from 'preact/hooks';
import type { LedgerSettings } from '../../lib/ledger/settings.ts';

type Profile = Pick<LedgerSettings, 'sender' | 'identities' | 'locale' | 'timeZone' | 'soonDays'>;

export interface ProfileFormProps {
  settings: Profile;
  onSave: (patch: Profile) => Promise<void>;
}

const SENDER_FIELDS: { key: keyof LedgerSettings['sender']; label: string; multiline?: boolean }[] = [
  { key: 'name', label: 'Your name' },
  { key: 'position', label: 'Position' },
  { key: 'company', label: 'Business name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'signature', label: 'Signature', multiline: true },
  { key: 'paymentInstructions', label: 'How to pay you (bank details, payment link)', multiline: true },
];

/** Who the user is: the sender of drafts, and the addresses that make a mail "sent" by them. */
export function ProfileForm({ settings, onSave }: ProfileFormProps) {
  const [draft, setDraft] = useState<Profile>(settings);
  const [addresses, setAddresses] = useState(settings.identities.addresses.join(', '));
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">You and your business</h2>
      <div class="fields">
        {SENDER_FIELDS.map(({ key, label, multiline }) => (
          <label key={key} class="block" htmlFor={`sender-${key}`}>
            {label}
            {multiline ? (
              <textarea
                id={`sender-${key}`}
                rows={3}
                value={draft.sender[key]}
                onInput={(event) =>
                  setDraft({
                    ...draft,
                    sender: { ...draft.sender, [key]: (event.currentTarget as HTMLTextAreaElement).value },
                  })
                }
              />
            ) : (
              <input
                id={`sender-${key}`}
                value={draft.sender[key]}
                onInput={(event) =>
                  setDraft({
                    ...draft,
                    sender: { ...draft.sender, [key]: (event.currentTarget as HTMLInputElement).value },
                  })
                }
              />
            )}
          </label>
        ))}
        <label class="block">
          Your email addresses (mail from these is yours), separated by commas
          <input
            value={addresses}
            onInput={(event) => setAddresses((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="block">
          Business name on your invoices (to recognise invoicing platforms sending for you)
          <input
            value={draft.identities.businessName}
            onInput={(event) =>
              setDraft({
                ...draft,
                identities: {
                  ...draft.identities,
                  businessName: (event.currentTarget as HTMLInputElement).value,
                },
              })
            }
          />
        </label>
        <label>
          Language and number format{' '}
          <input
            value={draft.locale}
            size={8}
            onInput={(event) =>
              setDraft({ ...draft, locale: (event.currentTarget as HTMLInputElement).value })
            }
          />
        </label>{' '}
        <label>
          Time zone{' '}
          <input
            value={draft.timeZone}
            onInput={(event) =>
              setDraft({ ...draft, timeZone: (event.currentTarget as HTMLInputElement).value })
            }
          />
        </label>{' '}
        <label>
          Show invoices due within{' '}
          <input
            type="number"
            min={0}
            max={90}
            value={draft.soonDays}
            onInput={(event) =>
              setDraft({ ...draft, soonDays: Number((event.currentTarget as HTMLInputElement).value) })
            }
          />{' '}
          days
        </label>
      </div>
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={async () => {
            const patch: Profile = {
              ...draft,
              identities: {
                ...draft.identities,
                addresses: addresses
                  .split(/[,;\s]+/)
                  .map((address) => address.trim())
                  .filter(Boolean),
              },
            };
            try {
              await onSave(patch);
              setStatus({ kind: 'success', text: 'Saved.' });
            } catch (reason) {
              setStatus({ kind: 'error', text: reason instanceof Error ? reason.message : String(reason) });
            }
          }}
        >
          Save
        </button>
        {status && (
          <span role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind}>
            {status.text}
          </span>
        )}
      </div>
    </section>
  );
}
