import type { AttachmentDetectionRequest } from './protocol.ts';
import type { SandboxRequestBody } from './sandbox.ts';

/** Work the service worker hands to its offscreen document: sandbox rendering, or reading attachments. */
export type OffscreenBody = SandboxRequestBody | ({ kind: 'detect' } & AttachmentDetectionRequest);

export interface OffscreenRequest {
  tactfulOffscreen: 1;
  body: OffscreenBody;
}

export function isOffscreenRequest(message: unknown): message is OffscreenRequest {
  return (
    typeof message === 'object' && message !== null && (message as OffscreenRequest).tactfulOffscreen === 1
  );
}
