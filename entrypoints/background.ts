// InboxSDK's service-worker half answers its page-world injection request; it must load first.
import '@inboxsdk/core/background.js';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/service/background.ts';

export default defineBackground(() => startBackground());
