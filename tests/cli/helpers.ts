import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: tools run from here, so relative paths in args resolve against it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Each non-empty stdout line parsed as JSON (a line that is not JSON is kept as its text). */
  lines: unknown[];
}

/** Runs `lib/cli/<tool>.ts` through tsx, as `npm run <tool>` would, and captures what it prints. */
export function runTool(tool: string, args: string[], opts: { stdin?: string } = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', `lib/cli/${tool}.ts`, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, lines: parseLines(stdout) }));
    child.stdin.end(opts.stdin ?? '');
  });
}

function parseLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return line;
      }
    });
}
