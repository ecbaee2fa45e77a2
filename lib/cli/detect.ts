import { readFile } from 'node:fs/promises';
import { detectEml, toDetectLine } from '../detect/detect-line.ts';
import type { Identities } from '../detect/types.ts';
import { InputError, printJsonLine, runCli } from './io.ts';

const USAGE = 'usage: npm run --silent detect -- --me ADDR[,ADDR…] [--business NAME] FILE.eml…';

interface DetectArgs {
  identities: Identities;
  files: string[];
}

function parseArgs(args: string[]): DetectArgs {
  const addresses: string[] = [];
  let businessName = '';
  const files: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    if (flag === '--me' || flag === '--business') {
      const value = equals === -1 ? args[++index] : arg.slice(equals + 1);
      if (value === undefined || value.startsWith('--'))
        throw new InputError(`${flag} needs a value\n${USAGE}`);
      if (flag === '--me')
        addresses.push(
          ...value
            .split(',')
            .map((address) => address.trim())
            .filter(Boolean),
        );
      else businessName = value.trim();
    } else if (flag === '--help' || flag === '-h') {
      throw new InputError(USAGE);
    } else if (flag.startsWith('--')) {
      throw new InputError(`unknown option ${flag}\n${USAGE}`);
    } else {
      files.push(arg);
    }
  }
  if (addresses.length === 0) throw new InputError(`--me is required: the user's own address(es)\n${USAGE}`);
  const invalid = addresses.find((address) => !/^[^\s@]+@[^\s@]+$/.test(address));
  if (invalid) throw new InputError(`--me: "${invalid}" is not an e-mail address`);
  if (files.length === 0) throw new InputError(`no .eml file given\n${USAGE}`);
  return { identities: { addresses, businessName }, files };
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error('no such file');
    if (code === 'EISDIR') throw new Error('is a directory');
    throw new Error(`cannot read (${code ?? String(error)})`);
  }
}

// One JSON line per file; a file that cannot be read or parsed gets {"file","error"}.
// The exit status is non-zero only when every file failed.
runCli(async (args) => {
  const { identities, files } = parseArgs(args);
  let failures = 0;
  for (const file of files) {
    try {
      printJsonLine(toDetectLine(file, await detectEml(await readBytes(file), identities)));
    } catch (error) {
      failures++;
      printJsonLine({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return failures === files.length ? 1 : 0;
});
