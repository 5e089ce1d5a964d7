import { list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly } from './define-action.ts';
import type { ClientTokenRequest, PageRequest } from './define-action.ts';

/** DescribeSnatTableEntries request: at least one of SnatTableId / NatGatewayId (REFERENCE §3.2). */
export interface DescribeSnatTableEntriesRequest extends PageRequest {
  RegionId: string;
  SnatTableId?: string;
  NatGatewayId?: string;
  SnatEntryId?: string;
  SnatEntryName?: string;
  SnatIp?: string;
  SourceCIDR?: string;
  SourceVSwitchId?: string;
  NetworkInterfaceIds?: string[];
}

/** CreateSnatEntry request: exactly one of SourceCIDR / SourceVSwitchId. */
export interface CreateSnatEntryRequest extends ClientTokenRequest {
  RegionId: string;
  SnatTableId: string;
  /** Comma-separated EIPs bound to the gateway (required for Internet NAT). */
  SnatIp?: string;
  SourceCIDR?: string;
  SourceVSwitchId?: string;
  SnatEntryName?: string;
  /** `0` (default) | `1`. */
  EipAffinity?: number;
  NetworkInterfaceId?: string;
  DryRun?: boolean;
}

/** DeleteSnatEntry request. */
export interface DeleteSnatEntryRequest extends ClientTokenRequest {
  RegionId: string;
  SnatTableId: string;
  SnatEntryId: string;
}

/** DescribeForwardTableEntries request: at least one of ForwardTableId / NatGatewayId. */
export interface DescribeForwardTableEntriesRequest extends PageRequest {
  RegionId: string;
  ForwardTableId?: string;
  NatGatewayId?: string;
  ForwardEntryId?: string;
  ForwardEntryName?: string;
  ExternalIp?: string;
  ExternalPort?: string;
  InternalIp?: string;
  InternalPort?: string;
  /** Filter `tcp` | `udp` | `any`. */
  IpProtocol?: string;
}

/** CreateForwardEntry (DNAT) request. */
export interface CreateForwardEntryRequest extends ClientTokenRequest {
  RegionId: string;
  ForwardTableId: string;
  ExternalIp: string;
  /** `1`–`65535`, a range `a/b`, or `Any` with IpProtocol `Any`. */
  ExternalPort: string;
  InternalIp: string;
  InternalPort: string;
  /** `TCP` | `UDP` | `Any`. */
  IpProtocol: string;
  ForwardEntryName?: string;
  PortBreak?: boolean;
  DryRun?: boolean;
}

/** DeleteForwardEntry request. */
export interface DeleteForwardEntryRequest extends ClientTokenRequest {
  RegionId: string;
  ForwardTableId: string;
  ForwardEntryId: string;
}

/** ModifySnatEntry request (REFERENCE-2 §4.1): the source cannot change. */
export interface ModifySnatEntryRequest extends ClientTokenRequest {
  RegionId: string;
  SnatTableId: string;
  SnatEntryId: string;
  SnatEntryName?: string;
  /** Comma-separated EIPs (Internet NAT) or NAT IPs (VPC NAT). */
  SnatIp?: string;
  /** An **int** `0` | `1` here, a string in Describe. */
  EipAffinity?: number;
  NetworkInterfaceId?: string;
  DryRun?: boolean;
}

/** ModifyForwardEntry request (REFERENCE-2 §4.2): any of the mapping's fields; ports are strings. */
export interface ModifyForwardEntryRequest
  extends
    ClientTokenRequest,
    Partial<
      Pick<
        CreateForwardEntryRequest,
        | 'ExternalIp'
        | 'ExternalPort'
        | 'InternalIp'
        | 'InternalPort'
        | 'IpProtocol'
        | 'ForwardEntryName'
        | 'PortBreak'
        | 'DryRun'
      >
    > {
  RegionId: string;
  ForwardTableId: string;
  ForwardEntryId: string;
}

const snatEntry = obj({
  SnatEntryId: 'string!',
  SnatEntryName: 'string',
  SnatTableId: 'string',
  NatGatewayId: 'string',
  SnatIp: 'string',
  SourceCIDR: 'string',
  SourceVSwitchId: 'string',
  NetworkInterfaceId: 'string',
  // A string "0"/"1" in Describe, an int on Create (REFERENCE §3.2).
  EipAffinity: 'string',
  Status: 'string!',
});

const forwardEntry = obj({
  ForwardEntryId: 'string!',
  ForwardEntryName: 'string',
  ForwardTableId: 'string',
  NatGatewayId: 'string',
  ExternalIp: 'string',
  ExternalPort: 'string',
  InternalIp: 'string',
  InternalPort: 'string',
  IpProtocol: 'string',
  Status: 'string!',
});

/** An SNAT entry of DescribeSnatTableEntries. */
export type SnatTableEntry = Infer<typeof snatEntry>;
/** A DNAT entry of DescribeForwardTableEntries. */
export type ForwardTableEntry = Infer<typeof forwardEntry>;

/** SNAT and DNAT entry actions (REFERENCE §3.2). */
export const snatDnatActions = {
  DescribeSnatTableEntries: defineAction<DescribeSnatTableEntriesRequest>({ read: true })(
    response({ ...pageFields, SnatTableEntries: list('SnatTableEntry', snatEntry) }),
  ),
  CreateSnatEntry: defineAction<CreateSnatEntryRequest>()(response({ SnatEntryId: 'string!' })),
  DeleteSnatEntry: defineAction<DeleteSnatEntryRequest>()(requestIdOnly),
  DescribeForwardTableEntries: defineAction<DescribeForwardTableEntriesRequest>({ read: true })(
    response({ ...pageFields, ForwardTableEntries: list('ForwardTableEntry', forwardEntry) }),
  ),
  CreateForwardEntry: defineAction<CreateForwardEntryRequest>()(
    response({ ForwardEntryId: 'string!' }),
  ),
  DeleteForwardEntry: defineAction<DeleteForwardEntryRequest>()(requestIdOnly),
  ModifySnatEntry: defineAction<ModifySnatEntryRequest>()(requestIdOnly),
  ModifyForwardEntry: defineAction<ModifyForwardEntryRequest>()(requestIdOnly),
};

type Actions = typeof snatDnatActions;
/** DescribeSnatTableEntries response. */
export type DescribeSnatTableEntriesResponse = Infer<
  Actions['DescribeSnatTableEntries']['response']
>;
/** CreateSnatEntry response. */
export type CreateSnatEntryResponse = Infer<Actions['CreateSnatEntry']['response']>;
/** DeleteSnatEntry response. */
export type DeleteSnatEntryResponse = Infer<Actions['DeleteSnatEntry']['response']>;
/** DescribeForwardTableEntries response. */
export type DescribeForwardTableEntriesResponse = Infer<
  Actions['DescribeForwardTableEntries']['response']
>;
/** CreateForwardEntry response. */
export type CreateForwardEntryResponse = Infer<Actions['CreateForwardEntry']['response']>;
/** DeleteForwardEntry response. */
export type DeleteForwardEntryResponse = Infer<Actions['DeleteForwardEntry']['response']>;
/** ModifySnatEntry response. */
export type ModifySnatEntryResponse = Infer<Actions['ModifySnatEntry']['response']>;
/** ModifyForwardEntry response. */
export type ModifyForwardEntryResponse = Infer<Actions['ModifyForwardEntry']['response']>;
