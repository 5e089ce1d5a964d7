import { defineError } from '../api-error.ts';

// Validation errors of SNAT and DNAT entries (REFERENCE §3.2); their not-found and busy codes
// are with the NAT gateway's in nat.ts.

// DNAT entries (§3.2 CreateForwardEntry).
/** 400 `InvalidExternalPort.Malformed`. */
export const invalidExternalPortMalformed = defineError(
  400,
  'InvalidExternalPort.Malformed',
  (why: string) => why,
);
/** 400 `InvalidInternalPort.Malformed`. */
export const invalidInternalPortMalformed = defineError(
  400,
  'InvalidInternalPort.Malformed',
  (why: string) => why,
);
/** 400 `InvalidInternalIp.Malformed`. */
export const invalidInternalIpMalformed = defineError(
  400,
  'InvalidInternalIp.Malformed',
  (why: string) => why,
);
/** 400 `Forbidden.InternalIpOutOfVpcCIDR`. */
export const internalIpOutOfVpcCidr = defineError(
  400,
  'Forbidden.InternalIpOutOfVpcCIDR',
  (ip: string, vpcId: string, cidr: string) =>
    `InternalIp ${ip} is outside VPC ${vpcId} (${cidr}).`,
);
/** 400 `Forbidden.ExternalIp.UsedInSnatTable`: an IP mapping on an SNAT address. */
export const externalIpUsedInSnatTable = defineError(
  400,
  'Forbidden.ExternalIp.UsedInSnatTable',
  (ip: string) => `ExternalIp ${ip} is used by an SNAT entry.`,
);
/** 400 `Forbidden.ForwardEntry.Duplicated`. */
export const forwardEntryDuplicated = defineError(
  400,
  'Forbidden.ForwardEntry.Duplicated',
  (why: string) => why,
);
/** 400 `OperationFailed.DnatQuotaExceed`. */
export const dnatQuotaExceed = defineError(
  400,
  'OperationFailed.DnatQuotaExceed',
  (max: number) => `A DNAT table holds at most ${max} entries.`,
);

// SNAT entries (§3.2 CreateSnatEntry).
/** 400 `InvalidSnatIp.Malformed`. */
export const invalidSnatIpMalformed = defineError(
  400,
  'InvalidSnatIp.Malformed',
  (raw: string) => `SnatIp "${raw}" is not a list of IPv4 addresses.`,
);
/** 400 `SNAT_IP_POOL_COUNT_TOO_MANY`. */
export const snatIpPoolCountTooMany = defineError(
  400,
  'SNAT_IP_POOL_COUNT_TOO_MANY',
  (max: number) => `An SNAT entry takes at most ${max} IPs.`,
);
/** 400 `Forbidden.IpUsedInForwardTable`: the IP is a DNAT IP mapping. */
export const ipUsedInForwardTable = defineError(
  400,
  'Forbidden.IpUsedInForwardTable',
  (ip: string) => `IP ${ip} is used by a DNAT IP mapping.`,
);
/** 400 `Forbidden.SourceVSwitchId.Duplicated`. */
export const sourceVSwitchIdDuplicated = defineError(
  400,
  'Forbidden.SourceVSwitchId.Duplicated',
  (vswId: string) => `vSwitch ${vswId} already has an SNAT entry.`,
);
/** 400 `OperationUnsupported.CidrConflict`. */
export const cidrConflict = defineError(
  400,
  'OperationUnsupported.CidrConflict',
  (cidr: string) => `CIDR ${cidr} already has an SNAT entry.`,
);
/** 400 `Forbidden.SnatEntryCountLimited`. */
export const snatEntryCountLimited = defineError(
  400,
  'Forbidden.SnatEntryCountLimited',
  (max: number) => `An SNAT table holds at most ${max} entries.`,
);
