import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** shared/corpus/public beside the repository (CI checks shared/ out next to it). */
export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus/public/', import.meta.url));

export const corpusPresent = existsSync(CORPUS_DIR);
