/** The panel's styles, scoped by the shadow root it renders in (Gmail's sidebar or Outlook's dock). */
export const PANEL_CSS = `
:host { all: initial; display: block; }
.tactful-panel { font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d2b27; padding: 10px 12px; box-sizing: border-box; }
.tactful-panel * { box-sizing: border-box; }
.tactful-panel h2 { font-size: 15px; margin: 0 0 2px; }
.tactful-panel h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #5d6b67; margin: 14px 0 6px; }
.tactful-panel .muted { color: #5d6b67; }
.tactful-panel .status { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600; }
.tactful-panel .status.overdue, .tactful-panel .status.collections { background: #fbe3e1; color: #8c1d18; }
.tactful-panel .status.open { background: #e3efec; color: #23574d; }
.tactful-panel .status.paused { background: #fdf0d5; color: #7a5200; }
.tactful-panel .status.paid, .tactful-panel .status.written-off { background: #e8eaed; color: #3c4043; }
.tactful-panel .balance { font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; margin: 6px 0 2px; }
.tactful-panel .reason { margin: 4px 0 0; }
.tactful-panel dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
.tactful-panel dt { color: #5d6b67; }
.tactful-panel dd { margin: 0; overflow-wrap: anywhere; }
.tactful-panel input, .tactful-panel select, .tactful-panel textarea { font: inherit; width: 100%; padding: 3px 5px; border: 1px solid #c4cfcb; border-radius: 4px; }
.tactful-panel label { display: block; margin: 4px 0; }
.tactful-panel button { font: inherit; border: 1px solid #c4cfcb; background: #fff; border-radius: 6px; padding: 4px 10px; cursor: pointer; margin: 2px 4px 2px 0; }
.tactful-panel button.primary { background: #2f6f62; border-color: #2f6f62; color: #fff; }
.tactful-panel button.link { border: 0; background: none; color: #2f6f62; padding: 0; }
.tactful-panel .proposal { background: #fdf0d5; border-radius: 8px; padding: 8px 10px; margin: 8px 0; }
.tactful-panel .error { color: #b3261e; }
.tactful-panel .timeline { list-style: none; margin: 0; padding: 0; }
.tactful-panel .timeline li { border-left: 2px solid #d9e1de; padding: 0 0 6px 8px; }
.tactful-panel .timeline time { display: block; color: #5d6b67; font-size: 11px; }
.tactful-panel .form { border: 1px solid #d9e1de; border-radius: 8px; padding: 8px; margin: 6px 0; }
.tactful-panel pre { white-space: pre-wrap; font: inherit; background: #f5f7f6; border-radius: 6px; padding: 8px; max-height: 260px; overflow-y: auto; }
.tactful-panel .outcomes button { display: block; width: 100%; text-align: left; }
`;
