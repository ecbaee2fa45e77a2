import { readFileSync } from 'node:fs';
import { checkTone } from '../../lib/drafts/tone/check-tone.ts';
import { type BenchFigure, measure } from './figure.ts';

const DRAFT_SIZE = 3 * 1024;

/** A 3 KB user-edited final notice: mostly courteous text with a few phrases the check flags. */
function threeKilobyteDraft(): string {
  const parts = ['final-en.txt', 'angry-en.txt', 'reminder-en.txt'].map((name) =>
    readFileSync(new URL(`../fixtures/tone/drafts/${name}`, import.meta.url), 'utf8'),
  );
  let draft = '';
  for (let i = 0; draft.length < DRAFT_SIZE; i++) draft += `${parts[i % parts.length]}\n`;
  return draft.slice(0, DRAFT_SIZE);
}

/** Time to check a 3 KB draft: the first check (patterns compile) and every check after it. */
export async function benchTone(): Promise<BenchFigure[]> {
  const draft = threeKilobyteDraft();
  const round = (value: number) => Math.round(value * 1000) / 1000;

  const coldStart = performance.now();
  const flags = checkTone(draft, 'final');
  const cold = performance.now() - coldStart;
  if (flags.length === 0) throw new Error('tone bench: the sample draft should raise flags');

  const warm = await measure(() => checkTone(draft, 'final'), { runs: 300, warmup: 30 });
  return [
    {
      name: 'tone: first check of a 3 KB draft, compiling the patterns',
      unit: 'ms',
      median: round(cold),
      p95: round(cold),
      target: null,
    },
    { name: 'tone: check a 3 KB draft', unit: 'ms', ...warm, target: 2 },
  ];
}

// Run on its own: `npx tsx tests/bench/tone.bench.ts`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  for (const figure of await benchTone()) console.log(JSON.stringify(figure));
}
