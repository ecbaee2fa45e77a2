import { describe, expect, it } from 'vitest';
import { runTool } from './helpers.ts';

const FIXTURES = 'tests/fixtures/cli/tone';

interface FlagLine {
  id: string | number;
  flags: { rule: string; start: number; end: number; reason: string; suggestion: string }[];
}

const rulesOf = (line: unknown) => (line as FlagLine).flags.map((flag) => flag.rule);

describe('npm run tone', () => {
  it('prints one line per draft, skipping blank lines, with flags only where the wording reads badly', async () => {
    const result = await runTool('tone', [`${FIXTURES}/good.jsonl`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines.map((line) => (line as FlagLine).id)).toEqual([
      'calm',
      'threat',
      'final-ok',
      42,
      'unicode',
    ]);
    const [calm, threat, finalOk, shouty, unicode] = result.lines;
    expect(calm).toEqual({ id: 'calm', flags: [] });
    expect(finalOk).toEqual({ id: 'final-ok', flags: [] });
    // No step given: checked as a reminder, where legal action is too early.
    expect(threat).toEqual({
      id: 'threat',
      flags: [
        {
          rule: 'legal-threat',
          start: 30,
          end: 42,
          reason: expect.stringContaining('legal action'),
          suggestion: expect.stringContaining('final notice'),
        },
      ],
    });
    expect(rulesOf(shouty)).toEqual(['exclamation']);
    expect(rulesOf(unicode)).toEqual(['moralising', 'legal-threat']);
  });

  it('reads the lines from stdin when given -', async () => {
    const result = await runTool('tone', ['-'], {
      stdin: '{"id": "a", "text": "Thanks for the payment."}\n{"id": "b", "text": "Pay now or else."}\n',
    });
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      { id: 'a', flags: [] },
      { id: 'b', flags: [expect.objectContaining({ rule: 'ultimatum', start: 8, end: 15 })] },
    ]);
  });

  it('reports a line that is not JSON with its file and line number, checks the rest, and exits 1', async () => {
    const result = await runTool('tone', [`${FIXTURES}/bad-json.jsonl`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${FIXTURES}/bad-json.jsonl:2: not valid JSON`);
    expect(result.lines.map((line) => (line as FlagLine).id)).toEqual(['ok1', 'ok2']);
  });

  it('reports a line without text', async () => {
    const result = await runTool('tone', [`${FIXTURES}/missing-text.jsonl`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${FIXTURES}/missing-text.jsonl:2: missing "text" (id "no-text")`);
    expect(result.lines).toEqual([{ id: 'ok1', flags: [] }]);
  });

  it('reports an unknown step and lists the known ones', async () => {
    const result = await runTool('tone', [`${FIXTURES}/unknown-step.jsonl`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${FIXTURES}/unknown-step.jsonl:2: unknown step "gentle-nudge"`);
    expect(result.stderr).toContain('courtesy, due-today, reminder');
    expect(result.lines).toEqual([{ id: 'ok1', flags: [] }]);
  });

  it('reports a line without an id, or with text that is not a string', async () => {
    const result = await runTool('tone', ['-'], {
      stdin: '{"text": "Hello"}\n{"id": "n", "text": 5}\n["not", "an", "object"]\n',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('<stdin>:1: missing "id"');
    expect(result.stderr).toContain('<stdin>:2: "text" must be a string, got a number (id "n")');
    expect(result.stderr).toContain('<stdin>:3: expected a JSON object');
    expect(result.lines).toEqual([]);
  });

  it('explains its usage when no file is given, and names a missing file', async () => {
    const noFile = await runTool('tone', []);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain('usage: npm run --silent tone -- FILE.jsonl');
    const missing = await runTool('tone', [`${FIXTURES}/nowhere.jsonl`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.jsonl: cannot read (no such file)');
  });
});
