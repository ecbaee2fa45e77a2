import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertChromiumInstalled } from './chromium.ts';

export default function setup(): void {
  assertChromiumInstalled();
  const manifest = resolve('.output/chrome-mv3/manifest.json');
  if (!existsSync(manifest)) {
    throw new Error('The extension is not built: run `npm run build` first (npm test does it for you).');
  }
}
