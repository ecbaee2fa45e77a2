import type { DraftResponse } from '../../../lib/service/drafts.ts';

/** A draft shown in the panel: the mail client inserts it, or the user copies it. */
export function DraftPreview({ response, onOpen }: { response: DraftResponse; onOpen?: () => void }) {
  const { draft, toneFlags } = response;
  return (
    <div class="form" data-testid="panel-draft">
      <p>
        <strong>{draft.subject}</strong>
        {draft.to && <span class="muted"> · to {draft.to}</span>}
      </p>
      <pre>{draft.text}</pre>
      {toneFlags.length > 0 && (
        <ul class="error" aria-label="Tone check">
          {toneFlags.map((flag) => (
            <li key={`${flag.rule}:${flag.start}`}>
              {flag.reason} {flag.suggestion}
            </li>
          ))}
        </ul>
      )}
      {onOpen && (
        <button type="button" class="primary" onClick={onOpen}>
          Reply with this draft
        </button>
      )}
      <button
        type="button"
        onClick={() => void navigator.clipboard?.writeText(`${draft.subject}\n\n${draft.text}`)}
      >
        Copy
      </button>
    </div>
  );
}
