/**
 * `npm run --silent tone -- FILE.jsonl` (or `-` for stdin): checks the tone of drafts, one per line.
 *
 * Input lines: {"id": "a1", "text": "…", "step": "reminder"} (step optional, default `reminder`).
 * Output lines: {"id": "a1", "flags": [{"rule", "start", "end", "reason", "suggestion"}]}, in input
 * order; an empty list means the text reads fine. Blank lines are skipped.
 *
 * A bad line (not JSON, no id or text, an unknown step) is reported on stderr as FILE:LINE and
 * skipped; the good lines are still checked and printed, and the exit code is 1 at the end.
 */
import { checkTone } from '../drafts/tone/check-tone.ts';
import { isToneStep, TONE_STEPS, type ToneFlag } from '../drafts/tone/types.ts';
import { InputError, printJsonLine, readTextFile, runCli } from './io.ts';

const USAGE = 'usage: npm run --silent tone -- FILE.jsonl   (use - to read the lines from stdin)';

interface ToneRequest {
  id: string | number;
  text: string;
  step?: string;
}

interface ToneResult {
  id: string | number;
  flags: ToneFlag[];
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Parses and validates one input line; throws an InputError that says what is wrong with it. */
function parseToneRequest(line: string): ToneRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`expected a JSON object like {"id": "a1", "text": "…"}, got ${describeType(value)}`);
  }
  const record = value as Record<string, unknown>;
  const { id, text, step } = record;
  if (id === undefined) throw new InputError('missing "id"');
  if (!((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    throw new InputError(`"id" must be a non-empty string or a number, got ${describeType(id)}`);
  }
  if (text === undefined) throw new InputError(`missing "text" (id ${JSON.stringify(id)})`);
  if (typeof text !== 'string') {
    throw new InputError(`"text" must be a string, got ${describeType(text)} (id ${JSON.stringify(id)})`);
  }
  if (step === undefined || step === null) return { id, text };
  if (typeof step !== 'string') {
    throw new InputError(`"step" must be a string, got ${describeType(step)} (id ${JSON.stringify(id)})`);
  }
  if (!isToneStep(step)) {
    throw new InputError(
      `unknown step ${JSON.stringify(step)} (id ${JSON.stringify(id)}); expected one of ${TONE_STEPS.join(', ')}`,
    );
  }
  return { id, text, step };
}

function checkToneRequest(request: ToneRequest): ToneResult {
  return { id: request.id, flags: checkTone(request.text, request.step) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(args: string[]): Promise<number> {
  const [path, ...extra] = args;
  if (path === undefined || extra.length > 0) throw new InputError(USAGE);
  const source = path === '-' ? '<stdin>' : path;
  const content = path === '-' ? await readStdin() : readTextFile(path);
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  let badLines = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      printJsonLine(checkToneRequest(parseToneRequest(line)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`${source}:${index + 1}: ${error.message}\n`);
      badLines++;
    }
  });
  if (badLines > 0) {
    process.stderr.write(`${source}: ${badLines} bad ${badLines === 1 ? 'line' : 'lines'} skipped\n`);
    return 1;
  }
  return 0;
}

runCli(main);
