import type { SslVpnClientCert } from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { upstreamCall } from '../upstream-error-map.ts';
import { SSL_VPN_ERRORS } from '../upstream-error-tables.ts';
import { collectPages } from './collect.ts';
import { foundOr404 } from './kit/not-found.ts';
import { ovpnBundle, toSslVpnClientCert } from './ssl-vpn.mappers.ts';

/** The `.ovpn` download: a file name and the configuration text (with the private key). */
export interface OvpnFile {
  fileName: string;
  text: string;
}

/**
 * SSL-VPN client certificates (REFERENCE-2 §3.5–§3.9). Reads use the list, which never carries
 * key material; only {@link SslVpnCertService.config} asks for the key, through `rawClient`, so
 * the key is never kept in the read cache.
 */
export class SslVpnCertService {
  constructor(
    private readonly client: VpcClient,
    private readonly rawClient: VpcClient,
  ) {}

  /** Every certificate of a server. */
  async list(regionId: string, serverId: string): Promise<SslVpnClientCert[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeSslVpnClientCerts({
        RegionId: regionId,
        SslVpnServerId: serverId,
        ...page,
      });
      return { items: r.SslVpnClientCertKeys.SslVpnClientCertKey, totalCount: r.TotalCount };
    });
    return items.map((c) => toSslVpnClientCert(c, regionId));
  }

  /** One certificate of the server (404 when unknown, or another server's). */
  async get(regionId: string, serverId: string, certId: string): Promise<SslVpnClientCert> {
    const r = await this.client.describeSslVpnClientCerts({
      RegionId: regionId,
      SslVpnServerId: serverId,
      SslVpnClientCertId: certId,
    });
    const found = r.SslVpnClientCertKeys.SslVpnClientCertKey.find(
      (c) => c.SslVpnClientCertId === certId && c.SslVpnServerId === serverId,
    );
    const missing = {
      kind: 'SSL-VPN client certificate',
      id: certId,
      regionId,
      code: 'InvalidSslVpnClientCertId.NotFound',
    };
    return toSslVpnClientCert(foundOr404(found, missing), regionId);
  }

  /** Issues a certificate (the gateway goes updating). */
  async create(
    regionId: string,
    serverId: string,
    name: string,
    clientToken: string,
  ): Promise<SslVpnClientCert> {
    const r = await upstreamCall(SSL_VPN_ERRORS, () =>
      this.client.createSslVpnClientCert({
        RegionId: regionId,
        SslVpnServerId: serverId,
        Name: name,
        ClientToken: clientToken,
      }),
    );
    return this.get(regionId, serverId, r.SslVpnClientCertId);
  }

  /** Renames a certificate (synchronous). */
  async rename(
    regionId: string,
    serverId: string,
    certId: string,
    name: string,
  ): Promise<SslVpnClientCert> {
    await this.get(regionId, serverId, certId);
    await upstreamCall(SSL_VPN_ERRORS, () =>
      this.client.modifySslVpnClientCert({
        RegionId: regionId,
        SslVpnClientCertId: certId,
        Name: name,
      }),
    );
    return this.get(regionId, serverId, certId);
  }

  /** Deletes a certificate: every client of the server is disconnected (§3.7). */
  async remove(regionId: string, serverId: string, certId: string): Promise<void> {
    await this.get(regionId, serverId, certId);
    await upstreamCall(SSL_VPN_ERRORS, () =>
      this.client.deleteSslVpnClientCert({ RegionId: regionId, SslVpnClientCertId: certId }),
    );
  }

  /** The client's `.ovpn` configuration with CA, certificate and private key inline. */
  async config(regionId: string, serverId: string, certId: string): Promise<OvpnFile> {
    await this.get(regionId, serverId, certId);
    const m = await upstreamCall(SSL_VPN_ERRORS, () =>
      this.rawClient.describeSslVpnClientCert({ RegionId: regionId, SslVpnClientCertId: certId }),
    );
    return { fileName: `${certId}.ovpn`, text: ovpnBundle(m) };
  }
}
