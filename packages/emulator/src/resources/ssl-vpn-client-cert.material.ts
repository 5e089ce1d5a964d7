import { createPrivateKey } from 'node:crypto';
import { certStatus } from './ssl-vpn-client-cert.model.ts';
import type { SslVpnClientCertRecord } from './ssl-vpn-client-cert.model.ts';
import { sslInternetIpOf } from './ssl-vpn-server.model.ts';
import type { SslVpnServerRecord } from './ssl-vpn-server.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { issueCertificate, newRsaKey } from './ssl-vpn.x509.ts';

const YEAR = 365 * 86_400_000;

// One RSA 2048 key took 0.7–3.5 s to make (measured at load 18 on the 2-core build VM), so keys are made on the first DescribeSslVpnClientCert, not at create or seed time,
// and then kept; and one CA key pair per process signs every server's own CA certificate
// ([emulator choice]: a server's CA differs by subject and serial, not by key).
let sharedCaKey: ReturnType<typeof newRsaKey> | undefined;

/** The server's CA (self-signed, ten years from the server's creation), made once. */
export function caOf(server: SslVpnServerRecord): { keyPem: string; certPem: string } {
  if (server.ca) return server.ca;
  sharedCaKey ??= newRsaKey();
  const key = sharedCaKey;
  const certPem = issueCertificate({
    subject: `${server.id} CA`,
    issuer: `${server.id} CA`,
    publicKey: key.publicKey,
    signingKey: key.privateKey,
    notBefore: server.CreateTime,
    notAfter: server.CreateTime + 10 * YEAR,
    ca: true,
  });
  server.ca = { keyPem: key.pem, certPem };
  return server.ca;
}

/** The certificate's key and X.509 certificate (`CN=vsc-…`, signed by the server's CA), made once. */
export function materialOf(
  server: SslVpnServerRecord,
  cert: SslVpnClientCertRecord,
): { certPem: string; keyPem: string } {
  if (cert.material) return cert.material;
  const ca = caOf(server);
  const caKey = createPrivateKey(ca.keyPem);
  const key = newRsaKey();
  const certPem = issueCertificate({
    subject: cert.id,
    issuer: `${server.id} CA`,
    publicKey: key.publicKey,
    signingKey: caKey,
    notBefore: cert.CreateTime,
    notAfter: cert.EndTime,
    ca: false,
  });
  cert.material = { certPem, keyPem: key.pem };
  return cert.material;
}

/**
 * The OpenVPN client configuration the API answers (REFERENCE-2 §3.8): it names the CA,
 * certificate and key files (`ca ca.crt`, `cert <id>.crt`, `key <id>.key`), it does not inline them.
 */
export function clientConfigOf(
  server: SslVpnServerRecord,
  cert: SslVpnClientCertRecord,
  gw: VpnGatewayRecord,
): string {
  return [
    'client',
    'dev tun',
    `proto ${server.Proto.toLowerCase()}`,
    `remote ${sslInternetIpOf(gw)} ${server.Port}`,
    'resolv-retry infinite',
    'nobind',
    'persist-key',
    'persist-tun',
    'ca ca.crt',
    `cert ${cert.id}.crt`,
    `key ${cert.id}.key`,
    'keepalive 10 60',
    'verb 3',
    ...(server.Cipher === 'none' ? [] : [`cipher ${server.Cipher}`]),
    ...(server.Compress ? ['comp-lzo'] : []),
    ...(server.EnableMultiFactorAuth ? ['auth-user-pass'] : []),
    '',
  ].join('\n');
}

/** The DescribeSslVpnClientCert answer: the certificate with its key material (§3.8). */
export function renderSslVpnClientCertWithKeys(
  server: SslVpnServerRecord,
  cert: SslVpnClientCertRecord,
  gw: VpnGatewayRecord,
  nowMs: number,
) {
  const material = materialOf(server, cert);
  return {
    SslVpnClientCertId: cert.id,
    SslVpnServerId: cert.SslVpnServerId,
    Name: cert.Name,
    RegionId: cert.regionId,
    ResourceGroupId: cert.ResourceGroupId,
    CreateTime: cert.CreateTime,
    EndTime: cert.EndTime,
    Status: certStatus(cert.EndTime, nowMs),
    CaCert: caOf(server).certPem,
    ClientCert: material.certPem,
    ClientKey: material.keyPem,
    ClientConfig: clientConfigOf(server, cert, gw),
  };
}
