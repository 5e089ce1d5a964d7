import { percentEncode } from '@gc/signer';

const MASK = '[REDACTED]';

// `Name=value` in a query, a string-to-sign (encoded once `%3D` or twice `%253D`, as in the
// SignatureDoesNotMatch message that echoes the server string-to-sign, REFERENCE §1.4), a JSON
// body or a V3 Authorization header (`Credential=<AccessKeyId>`, REFERENCE §1.3b). The value ends
// at the next separator: `&` raw or encoded, whitespace, a quote, `<`, `,` or `;`.
const KEY_VALUE =
  /(AccessKeyId|AccessKeySecret|Signature|SecurityToken|Credential|ClientKey|ClientConfig)(=|%3D|%253D|"\s*:\s*"|>)((?:(?!&|%26|%2526)[^\s"'<>,;])*)/gi;

// Secrets that span lines and spaces, so the value cannot end at whitespace as above: an SSL-VPN
// certificate's private key and client configuration (DescribeSslVpnClientCert, REFERENCE-2
// §3.8) as a JSON string or an XML element, and any PEM private key block wherever it appears.
const SECRET_FIELDS = 'ClientKey|ClientConfig';
const SECRET_JSON = new RegExp(`"(${SECRET_FIELDS})"(\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'g');
const SECRET_XML = new RegExp(`<(${SECRET_FIELDS})>[\\s\\S]*?</\\1>`, 'g');
const PEM_PRIVATE_KEY =
  /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g;

/** A function that removes credentials and signatures from text before it is shown or logged. */
export type Redactor = (text: string) => string;

/**
 * Builds a redactor that masks the given secret values (raw, percent-encoded once and twice)
 * and any `AccessKeyId`/`Signature`/`SecurityToken` value, whoever echoed it, plus SSL-VPN key
 * material (`ClientKey`, `ClientConfig`, PEM private keys).
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const needles = new Set<string>();
  for (const secret of secrets) {
    // Very short values would mask ordinary words; real ids, secrets and signatures are long.
    if (!secret || secret.length < 6) continue;
    const once = percentEncode(secret);
    needles.add(secret).add(once).add(percentEncode(once));
  }
  const ordered = [...needles].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text
      .replace(SECRET_JSON, `"$1"$2"${MASK}"`)
      .replace(SECRET_XML, `<$1>${MASK}</$1>`)
      .replace(PEM_PRIVATE_KEY, MASK)
      .replace(KEY_VALUE, (_match, key: string, sep: string, value: string) =>
        value ? `${key}${sep}${MASK}` : `${key}${sep}`,
      );
    for (const needle of ordered) out = out.split(needle).join(MASK);
    return out;
  };
}

/** Masks every credential-looking `key=value` even when the actual values are unknown. */
export const redactPatterns: Redactor = createRedactor([]);
