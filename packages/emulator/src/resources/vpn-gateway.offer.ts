import { missingNamed, valueNotSupportedParam, vswNotBelongToVpc } from '../errors.ts';
import type { Store } from '../store.ts';
import { requireVSwitch, VSWITCH_KIND } from './vpc.model.ts';
import type { VSwitchRecord } from './vpc.model.ts';

// What CreateVpnGateway may buy where (REFERENCE §3.4): bandwidths, SSL connections, periods,
// charge types per site; and where the gateway's address comes from.

// Bandwidth values (REFERENCE §3.4): the China site adds 5/20/50 to the international list;
// [emulator choice] mainland `cn-*` regions (not cn-hongkong) follow the China site.
const INTL_BANDWIDTHS = [10, 100, 200, 500, 1000];
const CHINA_BANDWIDTHS = [5, 10, 20, 50, 100, 200, 500, 1000];
const PRIVATE_BANDWIDTHS = [200, 1000];
const SSL_CONNECTIONS = [5, 10, 20, 50, 100, 200, 500, 1000];
const PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36];

/** Mainland `cn-*` regions (not cn-hongkong) follow the China site. */
const isChinaSite = (regionId: string) => regionId.startsWith('cn-') && regionId !== 'cn-hongkong';

function enumInt(field: string, value: number, allowed: readonly number[]): void {
  if (!allowed.includes(value))
    throw valueNotSupportedParam(
      field,
      `${field} ${value} is not supported here; use one of ${allowed.join(', ')}.`,
    );
}

/** The offer CreateVpnGateway asks for. */
export interface VpnGatewayOffer {
  Bandwidth: number;
  NetworkType?: 'public' | 'private' | undefined;
  SslConnections?: number | undefined;
  InstanceChargeType?: 'POSTPAY' | 'PREPAY' | undefined;
  Period?: number | undefined;
  VpnType?: 'Normal' | 'NationalStandard' | undefined;
}

/** Checks the offer against the site of the region; answers the network type and billing. */
export function checkVpnGatewayOffer(regionId: string, p: VpnGatewayOffer) {
  const networkType = p.NetworkType ?? 'public';
  const allowed =
    networkType === 'private'
      ? PRIVATE_BANDWIDTHS
      : isChinaSite(regionId)
        ? CHINA_BANDWIDTHS
        : INTL_BANDWIDTHS;
  enumInt('Bandwidth', p.Bandwidth, allowed);
  if (p.SslConnections !== undefined) enumInt('SslConnections', p.SslConnections, SSL_CONNECTIONS);
  // The China site sells subscription (PREPAY) gateways, the international site pay-as-you-go
  // (REFERENCE §3.4); [emulator choice] both are accepted everywhere, the default follows the site.
  const chargeType = p.InstanceChargeType ?? (isChinaSite(regionId) ? 'PREPAY' : 'POSTPAY');
  const prepay = chargeType === 'PREPAY';
  if (prepay && p.Period !== undefined) enumInt('Period', p.Period, PERIODS);
  if (p.VpnType === 'NationalStandard' && !isChinaSite(regionId))
    throw valueNotSupportedParam(
      'VpnType',
      'VpnType NationalStandard is only available in mainland China regions.',
    );
  return { networkType, prepay };
}

/** The gateway's vSwitch: the named one, which must be in the VPC, else the VPC's first. */
export function vswitchOf(store: Store, regionId: string, vpcId: string, id: string | undefined) {
  if (id === undefined) {
    // Outside dual-tunnel regions the vSwitch is picked automatically (REFERENCE §3.4).
    const first = store
      .table<VSwitchRecord>(regionId, VSWITCH_KIND)
      .list()
      .find((s) => s.VpcId === vpcId);
    if (!first) throw missingNamed('VSwitchId');
    return first;
  }
  const vsw = requireVSwitch(store, regionId, id);
  if (vsw.VpcId !== vpcId) throw vswNotBelongToVpc(vsw.id, vpcId);
  return vsw;
}
