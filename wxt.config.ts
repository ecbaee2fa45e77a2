import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Gmail runs InboxSDK; Outlook runs our own DOM adapter. Both talk to the ledger,
// which lives in the extension's origin (service worker), by typed messages.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Tactful',
    description: 'Polite, persistent payment reminders for the invoices you send from Gmail and Outlook.',
    permissions: ['storage', 'alarms', 'scripting', 'unlimitedStorage', 'offscreen'],
    host_permissions: ['https://mail.google.com/*'],
    action: { default_title: 'Tactful' },
    web_accessible_resources: [
      {
        resources: ['icon/*.png', 'pageWorld.js'],
        matches: ['https://mail.google.com/*'],
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the browser: Tactful collects no data at all.
            gecko: { id: 'tactful@tactful.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // InboxSDK injects pageWorld.js into Gmail's main world through the service worker;
    // it must sit at the root of the built extension.
    'build:publicAssets': (_wxt, assets) => {
      assets.push({
        absoluteSrc: resolve('node_modules/@inboxsdk/core/pageWorld.js'),
        relativeDest: 'pageWorld.js',
      });
    },
  },
});
