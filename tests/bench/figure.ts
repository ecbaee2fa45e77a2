/** One measured figure, as printed by `npm run bench` (table) and `npm run bench -- --json`. */
export interface BenchFigure {
  name: string;
  unit: 'ms' | 'KB' | 'MB' | 'count';
  median: number;
  p95: number;
  target: number | null;
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns median and 95th percentile in ms. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  { runs = 30, warmup = 3 }: { runs?: number; warmup?: number } = {},
): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarise(times);
}

export function summarise(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
