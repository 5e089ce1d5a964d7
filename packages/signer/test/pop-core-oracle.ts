// Drives the official @alicloud/pop-core RPC client against a 127.0.0.1 server and captures what it
// signs: the string-to-sign (by observing its kitx.sha1 call) and the parameters it puts on the wire.
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);

interface PopCoreConfig {
  endpoint: string;
  apiVersion: string;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}
interface PopCoreClient {
  request(action: string, params: Record<string, string>, opts: object): Promise<unknown>;
}
type Sha1 = (text: string, key: string, encoding: string) => string;

const RPCClient = require('@alicloud/pop-core') as new (config: PopCoreConfig) => PopCoreClient;
// kitx is pop-core's own dependency: resolve it from pop-core so we patch the instance it uses.
const kitx = createRequire(require.resolve('@alicloud/pop-core'))('kitx') as { sha1: Sha1 };

/** One request for pop-core to sign. */
export interface PopCoreCase {
  method: 'GET' | 'POST';
  action: string;
  version: string;
  /** Action params plus the common ones we fix (Format, Timestamp, SignatureNonce). */
  params: Record<string, string>;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** What pop-core signed and sent. */
export interface PopCoreResult {
  stringToSign: string;
  signature: string;
  /** Decoded parameters as received on the wire, Signature removed. */
  sentParams: Record<string, string>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Starts the capture server and patches kitx.sha1; call close() to undo both. */
export async function openPopCoreOracle(): Promise<{
  sign(c: PopCoreCase): Promise<PopCoreResult>;
  close(): Promise<void>;
}> {
  let lastWire = '';
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      lastWire = req.method === 'POST' ? body : (req.url ?? '').replace(/^[^?]*\?/, '');
      res.setHeader('content-type', 'application/json');
      res.end('{"RequestId":"oracle"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const originalSha1 = kitx.sha1;
  let lastStringToSign = '';
  kitx.sha1 = (text, key, encoding) => {
    lastStringToSign = text;
    return originalSha1(text, key, encoding);
  };
  return {
    async sign(c) {
      const client = new RPCClient({
        endpoint: `http://127.0.0.1:${port}`,
        apiVersion: c.version,
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        ...(c.securityToken ? { securityToken: c.securityToken } : {}),
      });
      // formatParams/formatAction false: pop-core would otherwise upper-case the first letter.
      await client.request(c.action, c.params, {
        method: c.method,
        formatParams: false,
        formatAction: false,
      });
      const sent = Object.fromEntries(new URLSearchParams(lastWire));
      const { Signature: signature, ...sentParams } = sent;
      if (signature === undefined) throw new Error('pop-core sent no Signature');
      return { stringToSign: lastStringToSign, signature, sentParams };
    },
    async close() {
      kitx.sha1 = originalSha1;
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
