import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

// node:crypto parses X.509 but cannot issue it, so the few DER structures of a certificate
// (RFC 5280 §4.1) are written here: enough for OpenVPN and `openssl verify` to accept the chain.

function der(tag: number, body: Buffer): Buffer {
  const n = body.length;
  const len: number[] = [];
  for (let m = n; m > 0; m = Math.floor(m / 256)) len.unshift(m % 256);
  const head = n < 0x80 ? [tag, n] : [tag, 0x80 | len.length, ...len];
  return Buffer.concat([Buffer.from(head), body]);
}

const seq = (...parts: Buffer[]) => der(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]) => der(0x31, Buffer.concat(parts));
const explicit = (n: number, body: Buffer) => der(0xa0 + n, body);
const octets = (b: Buffer) => der(0x04, b);
const TRUE = Buffer.from([0x01, 0x01, 0xff]);
const NULL = Buffer.from([0x05, 0x00]);

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const digits = [n % 128];
    for (let m = Math.floor(n / 128); m > 0; m = Math.floor(m / 128))
      digits.unshift(0x80 | (m % 128));
    out.push(...digits);
  }
  return der(0x06, Buffer.from(out));
}

// UTCTime until 2049, GeneralizedTime after (RFC 5280 §4.1.2.5).
function time(ms: number): Buffer {
  const compact = `${new Date(ms).toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`;
  const year = Number(compact.slice(0, 4));
  return year < 2050 ? der(0x17, Buffer.from(compact.slice(2))) : der(0x18, Buffer.from(compact));
}

const commonName = (cn: string) => seq(set(seq(oid('2.5.4.3'), der(0x0c, Buffer.from(cn)))));
const SHA256_WITH_RSA = seq(oid('1.2.840.113549.1.1.11'), NULL);
const extension = (id: string, value: Buffer) => seq(oid(id), TRUE, octets(value));

// basicConstraints, keyUsage (keyCertSign+cRLSign / digitalSignature+keyEncipherment), EKU clientAuth.
const CA_EXTENSIONS = [
  extension('2.5.29.19', seq(TRUE)),
  extension('2.5.29.15', der(0x03, Buffer.from([0x01, 0x06]))),
];
const CLIENT_EXTENSIONS = [
  extension('2.5.29.19', seq()),
  extension('2.5.29.15', der(0x03, Buffer.from([0x05, 0xa0]))),
  seq(oid('2.5.29.37'), octets(seq(oid('1.3.6.1.5.5.7.3.2')))),
];

/** What a certificate says and who signs it. */
export interface CertificateInput {
  subject: string;
  issuer: string;
  publicKey: KeyObject;
  signingKey: KeyObject;
  notBefore: number;
  notAfter: number;
  ca: boolean;
}

const pem = (label: string, body: Buffer) =>
  `-----BEGIN ${label}-----\n${(body.toString('base64').match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;

/** An X.509 v3 certificate (sha256WithRSAEncryption), PEM. */
export function issueCertificate(c: CertificateInput): string {
  const serial = randomBytes(16);
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40; // positive and minimal (DER INTEGER)
  const tbs = seq(
    explicit(0, der(0x02, Buffer.from([2]))),
    der(0x02, serial),
    SHA256_WITH_RSA,
    commonName(c.issuer),
    seq(time(c.notBefore), time(c.notAfter)),
    commonName(c.subject),
    c.publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, seq(...(c.ca ? CA_EXTENSIONS : CLIENT_EXTENSIONS))),
  );
  const signature = sign('sha256', tbs, c.signingKey);
  const bits = der(0x03, Buffer.concat([Buffer.from([0]), signature]));
  return pem('CERTIFICATE', seq(tbs, SHA256_WITH_RSA, bits));
}

/** A fresh RSA key pair; the private key as PKCS#1 PEM (`BEGIN RSA PRIVATE KEY`, REFERENCE-2 §3.8). */
export function newRsaKey(): { privateKey: KeyObject; publicKey: KeyObject; pem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey,
    publicKey,
    pem: privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
  };
}
