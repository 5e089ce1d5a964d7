import { describe, expect, it } from 'vitest';
import { redactPatterns } from './redact.ts';

// A DescribeSslVpnClientCert answer carries a private key and the client's configuration
// (REFERENCE-2 §3.8): neither may reach a log line or an error message (issue 14).
const key =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAs3cr3t\n-----END RSA PRIVATE KEY-----\n';
const config = 'client\ndev tun\nremote 47.96.1.2 1194\nkey vsc-1.key';

describe('redaction of SSL-VPN key material', () => {
  it('masks ClientKey and ClientConfig in a JSON body, keeping the public fields', () => {
    const body = JSON.stringify({
      ClientKey: key,
      ClientConfig: config,
      ClientCert: 'PUBLIC',
      Name: 'a',
    });
    const out = redactPatterns(body);
    expect(out).not.toContain('s3cr3t');
    expect(out).not.toContain('remote 47.96');
    expect(JSON.parse(out)).toEqual({
      ClientKey: '[REDACTED]',
      ClientConfig: '[REDACTED]',
      ClientCert: 'PUBLIC',
      Name: 'a',
    });
  });

  it('masks them in XML and in a query string', () => {
    expect(redactPatterns(`<ClientKey>${key}</ClientKey><Name>a</Name>`)).toBe(
      '<ClientKey>[REDACTED]</ClientKey><Name>a</Name>',
    );
    expect(redactPatterns(`<ClientConfig>${config}</ClientConfig>`)).toBe(
      '<ClientConfig>[REDACTED]</ClientConfig>',
    );
    expect(redactPatterns('ClientKey=-----BEGIN%20RSA&Name=a')).toBe('ClientKey=[REDACTED]&Name=a');
  });

  it('masks a PEM private key block wherever it appears, but not a certificate', () => {
    const cert = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
    const out = redactPatterns(
      `oops: ${key} and ${cert} and -----BEGIN PRIVATE KEY-----\nAAA\n-----END PRIVATE KEY-----`,
    );
    expect(out).toBe(`oops: [REDACTED]\n and ${cert} and [REDACTED]`);
  });
});
