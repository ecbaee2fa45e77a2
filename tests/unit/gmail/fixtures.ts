import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/gmail');

/** A message body from tests/fixtures/gmail, as Gmail renders it in the message's body element. */
export function gmailFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
