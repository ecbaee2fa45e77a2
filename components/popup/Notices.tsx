import type { Notice } from '../../lib/messages/protocol.ts';

export interface NoticesProps {
  notices: Notice[];
  onDismiss: (id: string) => void;
}

/** Quiet notices: a mail-client integration that switched itself off, and why. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  if (notices.length === 0) return null;
  return (
    <ul class="notices" aria-label="Notices">
      {notices.map((notice) => (
        <li key={notice.id} class="notice">
          <span>{notice.message}</span>
          <button type="button" aria-label="Dismiss notice" onClick={() => onDismiss(notice.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
