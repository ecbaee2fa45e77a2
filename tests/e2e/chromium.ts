import { existsSync } from 'node:fs';

/** The Chromium the end-to-end tests drive: Debian's package, never a downloaded build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The end-to-end tests need a real Chromium: ` +
        'install it with `sudo apt-get update && sudo apt-get install -y chromium` ' +
        '(or set CHROMIUM_PATH to a Chromium/Chrome binary). They never skip silently.',
    );
  }
}
