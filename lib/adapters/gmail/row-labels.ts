import { todayIn } from '../../dates/calendar.ts';
import type { Protocol } from '../../messages/protocol.ts';
import type { Client } from '../../messages/rpc.ts';
import { type LabelTone, labelFor, type ThreadLabel } from '../shared/thread-model.ts';
import type { GmailThreadRowView, LabelDescriptor } from './sdk-types.ts';

/** Gmail's own label palette, one family per tone, readable in light and dark themes. */
export const TONE_COLOURS: Record<
  LabelTone,
  Required<Pick<LabelDescriptor, 'foregroundColor' | 'backgroundColor'>>
> = {
  overdue: { foregroundColor: '#ffffff', backgroundColor: '#c5221f' },
  soon: { foregroundColor: '#594300', backgroundColor: '#fde293' },
  paused: { foregroundColor: '#ffffff', backgroundColor: '#7e57c2' },
  paid: { foregroundColor: '#0d652d', backgroundColor: '#ceead6' },
  open: { foregroundColor: '#174ea6', backgroundColor: '#d2e3fc' },
};

export function labelDescriptorOf(label: ThreadLabel): LabelDescriptor {
  return { title: label.text, ...TONE_COLOURS[label.tone] };
}

export interface RowLabellerOptions {
  /** Rows arriving within this window share one burst of lookups. */
  delayMs?: number;
  /** How long a thread's answer is reused before it is asked again. */
  ttlMs?: number;
  now?: () => number;
  /** Called when a burst fails; the rows stay unlabelled. */
  onError?: (error: unknown) => void;
}

interface CacheEntry {
  label: ThreadLabel | null;
  at: number;
}

export interface RowLabeller {
  /** Labels a row once its thread's status is known (nothing for untracked threads). */
  label(row: GmailThreadRowView): Promise<void>;
  /** The status of one thread, from the cache or the next burst. */
  lookup(threadId: string): Promise<ThreadLabel | null>;
  /** What an opened thread just showed: the list reuses it instead of asking again. */
  remember(threadId: string, label: ThreadLabel | null): void;
}

/**
 * Thread-row labels without flooding the service worker: Gmail renders dozens of rows at once
 * and re-renders them on every repaint, so rows are collected for `delayMs`, each thread id is
 * asked once per burst (settings once per burst), and answers are reused for `ttlMs`.
 */
export function createRowLabeller(api: Client<Protocol>, options: RowLabellerOptions = {}): RowLabeller {
  const delayMs = options.delayMs ?? 50;
  const ttlMs = options.ttlMs ?? 120_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();
  let waiting = new Map<string, ((label: ThreadLabel | null) => void)[]>();
  let scheduled = false;

  async function burst(batch: Map<string, ((label: ThreadLabel | null) => void)[]>): Promise<void> {
    const ids = [...batch.keys()];
    let labels: (ThreadLabel | null)[];
    try {
      const settings = await api('ledger.getSettings', []);
      const today = todayIn(settings.timeZone);
      const views = await Promise.all(ids.map((id) => api('ledger.findByThread', ['gmail', id])));
      labels = views.map((view) => (view ? labelFor(view, today, settings.locale) : null));
      ids.forEach((id, index) => {
        cache.set(id, { label: labels[index] ?? null, at: now() });
      });
    } catch (error) {
      options.onError?.(error);
      labels = ids.map(() => null);
    }
    ids.forEach((id, index) => {
      for (const resolve of batch.get(id) ?? []) resolve(labels[index] ?? null);
    });
  }

  function flush(): void {
    scheduled = false;
    const batch = waiting;
    waiting = new Map();
    void burst(batch);
  }

  function lookup(threadId: string): Promise<ThreadLabel | null> {
    const cached = cache.get(threadId);
    if (cached && now() - cached.at < ttlMs) return Promise.resolve(cached.label);
    return new Promise((resolve) => {
      const listeners = waiting.get(threadId);
      if (listeners) listeners.push(resolve);
      else waiting.set(threadId, [resolve]);
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, delayMs);
      }
    });
  }

  return {
    lookup,
    remember(threadId, label) {
      cache.set(threadId, { label, at: now() });
    },
    async label(row) {
      const threadId = await row.getThreadIDAsync();
      const label = await lookup(threadId);
      if (label && !row.destroyed) row.addLabel(labelDescriptorOf(label));
    },
  };
}
