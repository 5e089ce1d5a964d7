import { array, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, requestIdOnly } from './define-action.ts';
import type { ClientTokenRequest } from './define-action.ts';

/** Fields every VPC NAT write takes (REFERENCE-2 §4.8, §4.9). */
interface VpcNatWrite extends ClientTokenRequest {
  RegionId: string;
  DryRun?: boolean;
}

/** MaxResults/NextToken paging; `MaxResults` is a **string** in ListNatIps/ListNatIpCidrs (§0.3). */
interface TokenPage<M> {
  MaxResults?: M;
  NextToken?: string;
}

/** CreateNatIpCidr / ModifyNatIpCidrAttribute request: the block is named by its CIDR (§4.8). */
export interface NatIpCidrWriteRequest extends VpcNatWrite {
  NatGatewayId: string;
  NatIpCidr: string;
  NatIpCidrName?: string;
  NatIpCidrDescription?: string;
}

/** DeleteNatIpCidr request: the CIDR string, not the `vpcnatcidr-` id (§4.8). */
export interface DeleteNatIpCidrRequest extends VpcNatWrite {
  NatGatewayId: string;
  NatIpCidr: string;
}

/** ListNatIpCidrs request (§4.8). */
export interface ListNatIpCidrsRequest extends TokenPage<string> {
  RegionId: string;
  NatGatewayId: string;
  NatIpCidr?: string;
  NatIpCidrName?: string[];
  NatIpCidrs?: string[];
  NatIpCidrStatus?: string;
}

/** CreateNatIp request; `NatIpCidr` is required, `NatIp` picks the address (§4.8). */
export interface CreateNatIpRequest extends VpcNatWrite {
  NatGatewayId: string;
  NatIpCidr: string;
  NatIp?: string;
  NatIpName?: string;
  NatIpDescription?: string;
  Ipv4Prefix?: string;
  Ipv4PrefixCount?: number;
}

/** DeleteNatIp request (§4.8; SDK 7.3.2: `NatIpId` or `Ipv4Prefix`). */
export interface DeleteNatIpRequest extends VpcNatWrite {
  NatIpId?: string;
  NatGatewayId?: string;
  Ipv4Prefix?: string;
}

/** ModifyNatIpAttribute request (§4.8). */
export interface ModifyNatIpAttributeRequest extends VpcNatWrite {
  NatIpId: string;
  NatIpName?: string;
  NatIpDescription?: string;
}

/** ListNatIps request (§4.8); `NatIpName` is a list. */
export interface ListNatIpsRequest extends TokenPage<string> {
  RegionId: string;
  NatGatewayId: string;
  NatIpCidr?: string;
  NatIpIds?: string[];
  NatIpName?: string[];
  NatIpStatus?: string;
  IpOrigin?: string;
  Ipv4Prefix?: string;
}

/** The mapping fields of a FULLNAT entry; ports are strings (§4.9). */
export interface FullNatEntryFields {
  FullNatEntryName?: string;
  FullNatEntryDescription?: string;
  IpProtocol?: string;
  NatIp?: string;
  NatIpPort?: string;
  AccessIp?: string;
  AccessDomain?: string;
  AccessPort?: string;
  NetworkInterfaceId?: string;
}

/** CreateFullNatEntry request (§4.9). */
export interface CreateFullNatEntryRequest extends VpcNatWrite, FullNatEntryFields {
  FullNatTableId: string;
  IpProtocol: string;
  NatIp: string;
  AccessPort: string;
  NetworkInterfaceId: string;
}

/** ModifyFullNatEntryAttribute request: every mapping field optional (§4.9). */
export interface ModifyFullNatEntryAttributeRequest extends VpcNatWrite, FullNatEntryFields {
  FullNatTableId: string;
  FullNatEntryId: string;
}

/** DeleteFullNatEntry request (§4.9). */
export interface DeleteFullNatEntryRequest extends VpcNatWrite {
  FullNatTableId: string;
  FullNatEntryId: string;
}

/** ListFullNatEntries request: one of `FullNatTableId` / `NatGatewayId`; `MaxResults` an int (§4.9). */
export interface ListFullNatEntriesRequest extends TokenPage<number> {
  RegionId: string;
  FullNatTableId?: string;
  NatGatewayId?: string;
  FullNatEntryId?: string;
  FullNatEntryNames?: string[];
  NetworkInterfaceIds?: string[];
  IpProtocol?: string;
  NatIp?: string;
  NatIpPort?: string;
}

const natIpCidr = obj({
  NatIpCidrId: 'string!',
  NatGatewayId: 'string',
  NatIpCidr: 'string!',
  NatIpCidrName: 'string',
  NatIpCidrDescription: 'string',
  NatIpCidrStatus: 'string',
  IsDefault: 'bool',
  CreationTime: 'string',
});

const natIp = obj({
  NatIpId: 'string!',
  NatGatewayId: 'string',
  NatIp: 'string!',
  NatIpCidr: 'string',
  NatIpName: 'string',
  NatIpDescription: 'string',
  NatIpStatus: 'string',
  IsDefault: 'bool',
  Ipv4Prefix: 'string',
});

const fullNatEntry = obj({
  FullNatEntryId: 'string!',
  FullNatTableId: 'string',
  FullNatEntryName: 'string',
  FullNatEntryDescription: 'string',
  FullNatEntryStatus: 'string',
  IpProtocol: 'string',
  NatIp: 'string',
  NatIpPort: 'string',
  AccessIp: 'string',
  AccessDomain: 'string',
  DomainResolve: 'string',
  AccessPort: 'string',
  NetworkInterfaceId: 'string',
  NetworkInterfaceType: 'string',
  CreationTime: 'string',
});

/** A NAT CIDR block of ListNatIpCidrs. */
export type NatIpCidr = Infer<typeof natIpCidr>;
/** A NAT IP of ListNatIps. */
export type NatIp = Infer<typeof natIp>;
/** A FULLNAT entry of ListFullNatEntries. */
export type FullNatEntry = Infer<typeof fullNatEntry>;

/** VPC NAT actions: NAT CIDR blocks, NAT IPs, FULLNAT entries (REFERENCE-2 §4.8, §4.9). */
export const vpcNatActions = {
  CreateNatIpCidr: defineAction<NatIpCidrWriteRequest>()(response({ NatIpCidrId: 'string!' })),
  DeleteNatIpCidr: defineAction<DeleteNatIpCidrRequest>()(requestIdOnly),
  ModifyNatIpCidrAttribute: defineAction<NatIpCidrWriteRequest>()(requestIdOnly),
  // Bare arrays and a string TotalCount (§0.2, §0.3).
  ListNatIpCidrs: defineAction<ListNatIpCidrsRequest>({ read: true })(
    response({ NatIpCidrs: array(natIpCidr), NextToken: 'string', TotalCount: 'string' }),
  ),
  CreateNatIp: defineAction<CreateNatIpRequest>()(
    response({
      NatIpId: 'string',
      NatIp: 'string',
      NatIps: array(obj({ NatIpId: 'string!', NatIp: 'string', Ipv4Prefix: 'string' })),
    }),
  ),
  DeleteNatIp: defineAction<DeleteNatIpRequest>()(requestIdOnly),
  ModifyNatIpAttribute: defineAction<ModifyNatIpAttributeRequest>()(requestIdOnly),
  ListNatIps: defineAction<ListNatIpsRequest>({ read: true })(
    response({ NatIps: array(natIp), NextToken: 'string', TotalCount: 'string' }),
  ),
  CreateFullNatEntry: defineAction<CreateFullNatEntryRequest>()(
    response({ FullNatEntryId: 'string!' }),
  ),
  ModifyFullNatEntryAttribute: defineAction<ModifyFullNatEntryAttributeRequest>()(requestIdOnly),
  DeleteFullNatEntry: defineAction<DeleteFullNatEntryRequest>()(requestIdOnly),
  ListFullNatEntries: defineAction<ListFullNatEntriesRequest>({ read: true })(
    response({
      FullNatEntries: array(fullNatEntry),
      FullNatTableId: 'string',
      NatGatewayId: 'string',
      NextToken: 'string',
      TotalCount: 'int',
    }),
  ),
};

type Actions = typeof vpcNatActions;
/** ListNatIpCidrs response. */
export type ListNatIpCidrsResponse = Infer<Actions['ListNatIpCidrs']['response']>;
/** ListNatIps response. */
export type ListNatIpsResponse = Infer<Actions['ListNatIps']['response']>;
/** ListFullNatEntries response. */
export type ListFullNatEntriesResponse = Infer<Actions['ListFullNatEntries']['response']>;
