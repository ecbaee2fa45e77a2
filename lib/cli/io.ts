import { readFileSync } from 'node:fs';

/** An error meant for the person at the terminal: names the file, line or JSON path, and the problem. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error);
    throw new InputError(`${path}: cannot read (${why})`);
  }
}

export function printJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/**
 * Runs a command-line tool: an InputError prints its message to stderr and exits 1;
 * anything else is a bug and prints its stack, exiting 2.
 */
export function runCli(main: (args: string[]) => Promise<number | undefined> | number | undefined): void {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code ?? 0;
      },
      (error: unknown) => {
        if (error instanceof InputError) {
          process.stderr.write(`${error.message}\n`);
          process.exitCode = 1;
        } else {
          process.stderr.write(`internal error: ${(error as Error)?.stack ?? String(error)}\n`);
          process.exitCode = 2;
        }
      },
    );
}
