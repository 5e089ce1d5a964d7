import type { SeedContext } from '../resource-module.ts';
import { EIP_KIND } from './eip.model.ts';
import type { EipRecord } from './eip.model.ts';
import { isoSeconds } from './nat-gateway.model.ts';

// Unbound EIPs a demo can associate right away.
const SPARE: Record<string, { ip: string; name: string }[]> = {
  'cn-hangzhou': [
    { ip: '47.96.200.41', name: 'spare-eip-1' },
    { ip: '47.96.200.42', name: '备用公网IP' },
  ],
  'cn-shanghai': [{ ip: '47.100.88.5', name: 'spare-sh' }],
  'us-west-1': [{ ip: '47.88.99.1', name: 'spare-us' }],
};

/** Seeds spare (Available) EIPs; bound ones come with their NAT gateways. */
export function seedEips(ctx: SeedContext): void {
  for (const regionId of ctx.regionIds) {
    for (const s of SPARE[regionId] ?? []) {
      const eip: EipRecord = {
        id: ctx.newId('eip', regionId),
        regionId,
        tags: [],
        Name: s.name,
        Description: '',
        IpAddress: s.ip,
        Bandwidth: '5',
        InternetChargeType: 'PayByBandwidth',
        ChargeType: 'PostPaid',
        ISP: 'BGP',
        Netmode: 'public',
        Status: 'Available',
        InstanceId: '',
        InstanceType: '',
        PrivateIpAddress: '',
        AllocationTime: isoSeconds(new Date(ctx.now.getTime() - 7 * 86_400_000)),
        ResourceGroupId: 'rg-acfmdemo0default',
      };
      ctx.store.table<EipRecord>(regionId, EIP_KIND).put(eip);
    }
  }
}
