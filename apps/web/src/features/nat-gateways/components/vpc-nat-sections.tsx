import type { NatGateway } from '@gc/contracts';
import { VpcNatCidrsSection } from './vpc-nat-cidrs-section';
import { VpcNatFullNatSection } from './vpc-nat-fullnat-section';
import { VpcNatIpsSection } from './vpc-nat-ips-section';

/** What a VPC NAT gateway has instead of EIPs: NAT CIDR blocks, NAT IPs, FULLNAT entries. */
export function VpcNatSections({ gateway }: { gateway: NatGateway }) {
  return (
    <>
      <VpcNatCidrsSection gateway={gateway} />
      <VpcNatIpsSection gateway={gateway} />
      <VpcNatFullNatSection gateway={gateway} />
    </>
  );
}
