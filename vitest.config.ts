import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests: the pure core in Node, the ledger on fake-indexeddb, the browser API faked
// by WXT, components in happy-dom (per file: `// @vitest-environment happy-dom`).
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
