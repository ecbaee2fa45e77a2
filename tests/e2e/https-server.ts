import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a route answers; null means 404. */
export interface HttpsReply {
  status?: number;
  type: string;
  body: string | Buffer;
}

export type HttpsRoute = (request: {
  host: string;
  url: URL;
}) => HttpsReply | null | Promise<HttpsReply | null>;

export interface HttpsServer {
  port: number;
  /** https://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

/**
 * A throwaway self-signed certificate for `hostNames` (and 127.0.0.1), made by the `openssl`
 * command line tool in a temporary folder that `close` removes.
 */
function selfSignedCertificate(hostNames: string[]): { key: Buffer; cert: Buffer; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-https-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const names = [...hostNames.map((name) => `DNS:${name}`), 'IP:127.0.0.1'].join(',');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyPath,
        '-out',
        certPath,
        '-days',
        '2',
        '-subj',
        '/CN=tactful-e2e',
        '-addext',
        `subjectAltName=${names}`,
      ],
      { stdio: 'pipe' },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `Could not make a test certificate with openssl (is it installed?): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), dir };
}

/** A node:https server on 127.0.0.1 at a random port, answering every request through `route`. */
export async function startHttpsServer(
  route: HttpsRoute,
  hostNames: string[] = ['localhost'],
): Promise<HttpsServer> {
  const { key, cert, dir } = selfSignedCertificate(hostNames);
  const server = createServer({ key, cert }, (request, response) => {
    const host = (request.headers.host ?? '127.0.0.1').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    Promise.resolve(route({ host, url }))
      .then((reply) => {
        if (!reply) {
          response.writeHead(404, { 'content-type': 'text/plain' });
          response.end(`No test page at ${url.href}`);
          return;
        }
        response.writeHead(reply.status ?? 200, { 'content-type': reply.type, 'cache-control': 'no-store' });
        response.end(reply.body);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(error instanceof Error ? error.message : String(error));
      });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
      }),
  };
}

/** Chromium flags that send `hostNames` to the server and accept its certificate. */
export function chromiumArgsFor(server: HttpsServer, hostNames: string[]): string[] {
  const rules = hostNames.map((name) => `MAP ${name} 127.0.0.1:${server.port}`).join(', ');
  return [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'];
}
