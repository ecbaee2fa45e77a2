/** Stands in until a real app id is registered; InboxSDK runs with it, but only for development. */
export const DEVELOPMENT_APP_ID = 'sdk_tactful-dev';

let announced = false;

/** The InboxSDK app id configured at build time (WXT_INBOXSDK_APP_ID), or the development one. */
export function resolveAppId(configured: unknown): string {
  if (typeof configured === 'string' && configured.trim() !== '') return configured.trim();
  if (!announced) {
    announced = true;
    console.info(
      `Tactful: using the development InboxSDK app id "${DEVELOPMENT_APP_ID}". Register a real app id at ` +
        'https://www.inboxsdk.com/ and build with WXT_INBOXSDK_APP_ID set before any release.',
    );
  }
  return DEVELOPMENT_APP_ID;
}
