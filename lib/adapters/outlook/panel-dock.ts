/**
 * The dock that holds Tactful's invoice panel at the right of the reading pane: one host element
 * marked `data-tactful="panel"`, its own shadow root so neither side's styles leak, and fixed
 * coordinates that follow the pane's box. The host lives inside the reading pane so it goes when
 * the pane goes; `place` puts it back idempotently after Outlook re-renders.
 */

export const PANEL_MARKER = 'panel';
const WIDTH_PX = 320;

const DOCK_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; display: block; pointer-events: none; }
.dock { pointer-events: auto; margin-left: auto; box-sizing: border-box; height: 100%; width: ${WIDTH_PX}px; background: #fff; border-left: 1px solid #d9e1de;
  box-shadow: -2px 0 8px rgba(0,0,0,.08); display: flex; flex-direction: column; font: 13px system-ui, sans-serif; }
.bar { display: flex; align-items: center; justify-content: space-between; padding: 6px 10px; border-bottom: 1px solid #e3e8e6; color: #1d2b27; }
.bar strong { font-size: 13px; }
.bar button { font: inherit; border: 1px solid #c4cfcb; background: #fff; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.body { overflow-y: auto; flex: 1; }
:host([data-collapsed]) .dock { width: fit-content; height: auto; }
:host([data-collapsed]) .body { display: none; }
`;

export interface PanelDock {
  /** The element the panel renders into (inside the shadow root). */
  target: HTMLElement;
  host: HTMLElement;
  /** Puts the host back into `pane` if a re-render removed it, and re-aligns it. */
  place(pane: Element): void;
  remove(): void;
}

export function createPanelDock(doc: Document): PanelDock {
  const host = doc.createElement('div');
  host.dataset.tactful = PANEL_MARKER;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = DOCK_CSS;
  const dock = doc.createElement('section');
  dock.className = 'dock';
  dock.setAttribute('aria-label', 'Tactful invoice panel');
  const bar = doc.createElement('div');
  bar.className = 'bar';
  const title = doc.createElement('strong');
  title.textContent = 'Tactful';
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.textContent = 'Hide';
  toggle.setAttribute('aria-expanded', 'true');
  toggle.addEventListener('click', () => {
    const collapsed = !host.hasAttribute('data-collapsed');
    host.toggleAttribute('data-collapsed', collapsed);
    toggle.textContent = collapsed ? 'Show' : 'Hide';
    toggle.setAttribute('aria-expanded', String(!collapsed));
  });
  bar.append(title, toggle);
  const target = doc.createElement('div');
  target.className = 'body';
  dock.append(bar, target);
  shadow.append(style, dock);
  // Outlook listens for these on its containers; our clicks and keys are ours alone.
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'keyup', 'keypress'])
    host.addEventListener(type, (event) => event.stopPropagation());

  let pane: Element | null = null;
  const win = doc.defaultView;
  const align = () => {
    if (!pane) return;
    const box = pane.getBoundingClientRect();
    const viewportWidth = doc.documentElement.clientWidth || box.right;
    host.style.top = `${Math.max(0, box.top)}px`;
    host.style.height = `${Math.max(0, box.height)}px`;
    host.style.right = `${Math.max(0, viewportWidth - box.right)}px`;
    host.style.width = `${WIDTH_PX}px`;
  };
  const resizeObserver = win && 'ResizeObserver' in win ? new win.ResizeObserver(align) : null;
  win?.addEventListener('resize', align);

  return {
    target,
    host,
    place(next) {
      if (pane !== next) {
        resizeObserver?.disconnect();
        pane = next;
        resizeObserver?.observe(next);
      }
      if (host.parentElement !== next) next.append(host);
      align();
    },
    remove() {
      resizeObserver?.disconnect();
      win?.removeEventListener('resize', align);
      host.remove();
      pane = null;
    },
  };
}
