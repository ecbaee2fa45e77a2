import { anyOf, findFirst } from './selectors.ts';

/**
 * Follows the single-page app cheaply (OUTLOOK.md §4): one MutationObserver on the read/compose
 * area (or the reading pane, or a pop-out's form), the Navigation API's `navigatesuccess` and
 * `popstate`, all batched into at most one callback per animation frame. The message list and
 * the rest of the page are never observed. Patching `history.pushState` would not work from a
 * content script's isolated world (wxt-dev/wxt #1567), and WXT 0.20's own location watcher polls
 * every second, so neither is used.
 */

/** The slice of the Navigation API used here (not yet in TypeScript's DOM types). */
interface NavigationEvents {
  addEventListener(type: 'navigatesuccess', listener: () => void): void;
  removeEventListener(type: 'navigatesuccess', listener: () => void): void;
}

export interface PaneFollower {
  /** The element observed now, or null while the app shows no pane (still loading, calendar…). */
  observed(): Element | null;
  /** Asks for a pass on the next frame, as a mutation would. */
  schedule(): void;
  /** Runs the pending pass now (or a pass, if none is pending). */
  flush(): void;
  stop(): void;
}

export interface FollowOptions {
  /** How often to look for the pane while there is none (ms). */
  lookForPaneEveryMs?: number;
  /** Gets what a pass throws, so nothing escapes into the page's event loop. */
  onError?: (error: unknown) => void;
}

/** The narrowest element that holds what Tactful reads and decorates. */
export function paneOf(doc: Document): Element | null {
  return findFirst(doc, 'readCompose') ?? findFirst(doc, 'readingPane') ?? findFirst(doc, 'popoutForm');
}

const TACTFUL = anyOf('tactful');

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).closest(TACTFUL) !== null;
}

/** Records caused by Tactful's own nodes only (its panel host or button being added or removed). */
function onlyOurs(records: MutationRecord[]): boolean {
  for (const record of records) {
    if (isOurs(record.target)) continue;
    for (const node of record.addedNodes) if (!isOurs(node)) return false;
    for (const node of record.removedNodes) if (!isOurs(node)) return false;
  }
  return true;
}

export function followReadingPane(
  win: Window & typeof globalThis,
  onFrame: (pane: Element | null) => void,
  options: FollowOptions = {},
): PaneFollower {
  const doc = win.document;
  let observed: Element | null = null;
  let frame: number | null = null;
  let poll: ReturnType<typeof setInterval> | null = null;
  let stopped = false;

  const observer = new win.MutationObserver((records) => {
    if (!onlyOurs(records)) schedule();
  });

  function attach(): void {
    if (observed?.isConnected && observed === paneOf(doc)) return;
    observer.disconnect();
    observed = paneOf(doc);
    if (observed) {
      observer.observe(observed, { childList: true, subtree: true });
      // The pane itself being replaced shows up as a change of its parent's children.
      if (observed.parentElement) observer.observe(observed.parentElement, { childList: true });
      if (poll !== null) clearInterval(poll);
      poll = null;
    } else if (poll === null) {
      poll = setInterval(schedule, options.lookForPaneEveryMs ?? 1000);
    }
  }

  function run(): void {
    frame = null;
    if (stopped) return;
    try {
      attach();
      onFrame(observed);
    } catch (error) {
      options.onError?.(error);
    }
  }

  function schedule(): void {
    if (frame !== null || stopped) return;
    frame = win.requestAnimationFrame(run);
  }

  const navigation = (win as Window & { navigation?: NavigationEvents }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule);
  win.addEventListener('popstate', schedule);
  schedule();

  return {
    observed: () => observed,
    schedule,
    flush() {
      if (frame !== null) win.cancelAnimationFrame(frame);
      run();
    },
    stop() {
      stopped = true;
      observer.disconnect();
      navigation?.removeEventListener('navigatesuccess', schedule);
      win.removeEventListener('popstate', schedule);
      if (frame !== null) win.cancelAnimationFrame(frame);
      if (poll !== null) clearInterval(poll);
    },
  };
}
