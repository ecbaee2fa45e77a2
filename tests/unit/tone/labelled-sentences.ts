import { readFileSync } from 'node:fs';

export interface LabelledSentence {
  id: string;
  text: string;
  step: string;
  acceptable: boolean;
  rules: string[];
  note: string;
}

/** Reads a labelled-sentence file from tests/fixtures/tone/. */
export function readLabelledSentences(fileName: string): LabelledSentence[] {
  const url = new URL(`../../fixtures/tone/${fileName}`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledSentence);
}

export function readDraft(fileName: string): string {
  return readFileSync(new URL(`../../fixtures/tone/drafts/${fileName}`, import.meta.url), 'utf8');
}
