import { z } from 'zod';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { forwardEntriesOf, snatEntriesOf } from './nat-entry.model.ts';
import { ipLists, natIdentity } from './nat-gateway.describe.ts';
import { requireNat } from './nat-gateway.model.ts';
import { listEnhancedNatGatewayAvailableZones } from './nat-gateway-zones.ts';

const attributeParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  NatGatewayId: z.string(),
});

/** GetNatGatewayAttribute (REFERENCE-2 §4.3): nested billing/private info, table counts, protection. */
function getNatGatewayAttribute(ctx: ActionContext) {
  const p = parseParams(attributeParams, ctx.params);
  requireRegion(p.RegionId);
  // [emulator choice] 404 InvalidNatGatewayId.NotFound, as DeleteNatGateway (§4.3: no table).
  const nat = requireNat(ctx.store, p.RegionId, p.NatGatewayId);
  const prePaid = nat.InstanceChargeType === 'PrePaid';
  return {
    ...natIdentity(nat),
    CreationTime: nat.CreationTime,
    ExpiredTime: '',
    ResourceGroupId: nat.ResourceGroupId,
    AvailabilityMode: 'SingleAZ',
    // A boolean here, a string in DescribeNatGateways (§4.3).
    EnableSessionLog: nat.EnableSessionLog,
    EcsMetricEnabled: false,
    PrivateLinkEnabled: nat.PrivateLinkEnabled,
    PrivateLinkMode: nat.AccessMode?.ModeValue === 'tunnel' ? 'Geneve' : 'FullNat',
    AccessMode: nat.AccessMode ?? { ModeValue: 'route', TunnelType: '' },
    // AutoPay is the text "true"/"false" for PrePaid and empty for PostPaid (§4.3).
    BillingConfig: {
      InstanceChargeType: nat.InstanceChargeType,
      InternetChargeType: nat.InternetChargeType,
      Spec: nat.Spec,
      AutoPay: prePaid ? 'false' : '',
    },
    DeletionProtectionInfo: { Enabled: nat.DeletionProtection === true },
    PrivateInfo: {
      EniInstanceId: nat.EniInstanceId,
      IzNo: nat.ZoneId,
      MaxBandwidth: 5120,
      PrivateIpAddress: nat.PrivateIpAddress,
      VswitchId: nat.VSwitchId, // lower-case s (§4.3)
    },
    SnatTable: {
      SnatTableId: nat.SnatTableId,
      SnatEntryCount: snatEntriesOf(ctx.store, nat.regionId, nat.id).length,
    },
    ForwardTable: {
      ForwardTableId: nat.ForwardTableId,
      ForwardEntryCount: forwardEntriesOf(ctx.store, nat.regionId, nat.id).length,
    },
    // [emulator choice] FULLNAT entries are counted by their own module once it exists.
    FullNatTable: { FullNatTableId: nat.FullNatTableId, FullNatEntryCount: 0 },
    // A bare array; UsingStatus `idle` is lower-case here (§0.2, §4.3).
    IpList: ipLists(ctx.store, nat).map((ip) => ({
      AllocationId: ip.AllocationId,
      IpAddress: ip.IpAddress,
      UsingStatus: ip.UsingStatus === 'Idle' ? 'idle' : ip.UsingStatus,
    })),
  };
}

const eniParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  NatGatewayId: z.string(),
  ClientToken: v.clientToken().optional(),
  ResourceGroupId: z.string().optional(),
  MaxResults: v.int({ min: 1, max: 100 }).optional(),
  NextToken: z.string().optional(),
  Filter: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).optional(),
  Tag: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).optional(),
});

/**
 * DescribeNatGatewayAssociateNetworkInterfaces (REFERENCE-2 §4.7). [emulator choice] No
 * PrivateLink endpoint services exist in the emulator, so every gateway answers an empty page.
 */
function describeAssociateNetworkInterfaces(ctx: ActionContext) {
  const p = parseParams(eniParams, ctx.params);
  requireRegion(p.RegionId);
  const nat = requireNat(ctx.store, p.RegionId, p.NatGatewayId);
  return {
    NatGatewayId: nat.id,
    AssociateNetworkInterfaces: { AssociateNetworkInterface: [] },
    Count: 0,
    TotalCount: 0,
    MaxResults: p.MaxResults ?? 20,
    NextToken: '',
  };
}

/** The single-gateway reads and the zone list of REFERENCE-2 §4.3, §4.6, §4.7. */
export const natGatewayAttributeResource: ResourceModule = {
  name: 'nat-gateway-attribute',
  handlers: {
    GetNatGatewayAttribute: getNatGatewayAttribute,
    DescribeNatGatewayAssociateNetworkInterfaces: describeAssociateNetworkInterfaces,
    ListEnhanhcedNatGatewayAvailableZones: listEnhancedNatGatewayAvailableZones,
  },
};
