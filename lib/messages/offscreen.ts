import type { SandboxRequestBody } from './sandbox.ts';

/** A render request from the service worker to its offscreen document. */
export interface OffscreenRequest {
  tactfulOffscreen: 1;
  body: SandboxRequestBody;
}

export function isOffscreenRequest(message: unknown): message is OffscreenRequest {
  return (
    typeof message === 'object' && message !== null && (message as OffscreenRequest).tactfulOffscreen === 1
  );
}
