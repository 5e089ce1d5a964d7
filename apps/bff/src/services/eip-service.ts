import type { AllocateEipRequest, Eip, UpdateEipRequest } from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { foundOr404 } from './kit/not-found.ts';
import { collectPages } from './collect.ts';
import { toEip } from './lookup.mappers.ts';
import type { NatGatewayService } from './nat-gateway-service.ts';

/** EIPs: the region's list (picker of free ones), allocation, and binding to NAT gateways. */
export class EipService {
  constructor(
    private readonly client: VpcClient,
    private readonly gateways: NatGatewayService,
  ) {}

  /** Every EIP of the region, optionally only those with `status`; DescribeEipAddresses pages hold up to 100. */
  async list(regionId: string, status?: Eip['status']): Promise<Eip[]> {
    const items = await collectPages(async (page) => {
      const r = await this.client.describeEipAddresses({ RegionId: regionId, ...page });
      return { items: r.EipAddresses.EipAddress, totalCount: r.TotalCount };
    }, 100);
    const all = items.map(toEip);
    return status === undefined ? all : all.filter((e) => e.status === status);
  }

  /** One EIP; 404 when unknown. */
  async get(regionId: string, allocationId: string): Promise<Eip> {
    const r = await this.client.describeEipAddresses({
      RegionId: regionId,
      AllocationId: allocationId,
    });
    const found = r.EipAddresses.EipAddress.find((e) => e.AllocationId === allocationId);
    const code = 'InvalidAllocationId.NotFound';
    const missing = { kind: 'EIP', id: allocationId, regionId, code, requestId: r.RequestId };
    return toEip(foundOr404(found, missing));
  }

  /** The EIPs bound to a NAT gateway (404 when the gateway does not exist). */
  async forGateway(regionId: string, id: string): Promise<Eip[]> {
    await this.gateways.get(regionId, id);
    return (await this.list(regionId)).filter((e) => e.instanceId === id);
  }

  /** Allocates a pay-as-you-go EIP; Bandwidth is a string on the wire (REFERENCE §3.3). */
  async allocate(regionId: string, input: AllocateEipRequest, clientToken: string): Promise<Eip> {
    const r = await this.client.allocateEipAddress({
      RegionId: regionId,
      Name: input.name,
      Bandwidth: String(input.bandwidth),
      InternetChargeType: input.internetChargeType,
      ClientToken: clientToken,
    });
    return this.get(regionId, r.AllocationId);
  }

  /** Renames, re-describes or re-sizes an EIP (ModifyEipAddressAttribute, synchronous). */
  async update(regionId: string, allocationId: string, input: UpdateEipRequest): Promise<Eip> {
    await this.client.modifyEipAddressAttribute({
      RegionId: regionId,
      AllocationId: allocationId,
      Name: input.name,
      Description: input.description,
      Bandwidth: input.bandwidth === undefined ? undefined : String(input.bandwidth),
    });
    return this.get(regionId, allocationId);
  }

  /** Binds an EIP to a NAT gateway: `InstanceType=Nat` must be set (REFERENCE §3.3). */
  async bind(
    regionId: string,
    id: string,
    allocationId: string,
    clientToken?: string,
  ): Promise<Eip> {
    await this.gateways.get(regionId, id);
    await this.client.associateEipAddress({
      RegionId: regionId,
      AllocationId: allocationId,
      InstanceId: id,
      InstanceType: 'Nat',
      ClientToken: clientToken,
    });
    return this.get(regionId, allocationId);
  }

  /** Unbinds an EIP; `force` also when SNAT/DNAT entries use it. */
  async unbind(regionId: string, id: string, allocationId: string, force: boolean): Promise<void> {
    await this.client.unassociateEipAddress({
      RegionId: regionId,
      AllocationId: allocationId,
      InstanceId: id,
      InstanceType: 'Nat',
      Force: force,
    });
  }
}
