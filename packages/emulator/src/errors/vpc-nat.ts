import { defineError, dependsError, notFoundError, statusError } from '../api-error.ts';

// VPC NAT gateways: NAT CIDR blocks, NAT IPs and FULLNAT entries (REFERENCE-2 §4.8, §4.9, §6 #2).
// No action here documents an error code; every code below but the DependencyViolation/IncorrectStatus
// ones of DeleteNatGateway is an [emulator choice] listed in the README.

/** [emulator choice] 400 `OperationUnsupported.NetworkType`: the gateway is an Internet NAT gateway. */
export const notVpcNatGateway = defineError(
  400,
  'OperationUnsupported.NetworkType',
  (id: string) => `NAT gateway ${id} is an Internet NAT gateway; NAT IPs need a VPC NAT gateway.`,
);
/** [emulator choice] 404 `InvalidNatIpCidr.NotFound`: no such NAT CIDR block on the gateway. */
export const natIpCidrNotFound = notFoundError('InvalidNatIpCidr.NotFound', 'NatIpCidr');
/** [emulator choice] 400 `InvalidNatIpCidr.Malformed`: outside the private ranges or mask not /16–/32. */
export const natIpCidrMalformed = defineError(
  400,
  'InvalidNatIpCidr.Malformed',
  (cidr: string, why: string) => `The specified NatIpCidr "${cidr}" is invalid: ${why}.`,
);
/** [emulator choice] 400 `InvalidNatIpCidr.Conflict`: overlaps the VPC or another block. */
export const natIpCidrConflict = defineError(
  400,
  'InvalidNatIpCidr.Conflict',
  (cidr: string, other: string) => `The specified NatIpCidr "${cidr}" overlaps ${other}.`,
);
/** [emulator choice] 400 `OperationFailed.DefaultNatIpCidr`: the default block cannot be deleted (§4.8). */
export const defaultNatIpCidr = defineError(
  400,
  'OperationFailed.DefaultNatIpCidr',
  (cidr: string) => `The default NAT CIDR block ${cidr} cannot be deleted.`,
);
/** 400 `DependencyViolation.NatIp`: NAT IPs remain (DeleteNatGateway §6 #2; DeleteNatIpCidr [emulator choice]). */
export const dependencyViolationNatIp = dependsError(
  'DependencyViolation.NatIp',
  'NatGateway',
  'NatIp',
);
/** 400 `DependencyViolation.NatIpCidr`: NAT CIDR blocks remain (DeleteNatGateway, §6 #2). */
export const dependencyViolationNatIpCidr = dependsError(
  'DependencyViolation.NatIpCidr',
  'NatGateway',
  'NatIpCidr',
);
/** 400 `DependencyViolation.FullNatEntry`: FULLNAT entries remain (DeleteNatGateway, §4.9, §6 #2). */
export const dependencyViolationFullNatEntry = dependsError(
  'DependencyViolation.FullNatEntry',
  'NatGateway',
  'FullNatEntry',
);
/** [emulator choice] 404 `InvalidNatIpId.NotFound`. */
export const natIpNotFound = notFoundError('InvalidNatIpId.NotFound', 'NatIpId');
/** 400 `IncorrectStatus.NatIp`: the NAT IP is `Creating` or `Deleting` (§6 #2, §7.5). */
export const incorrectStatusNatIp = statusError('IncorrectStatus.NatIp', 'NatIp');
/** [emulator choice] 400 `OperationFailed.DefaultNatIp`: the gateway's default NAT IP stays. */
export const defaultNatIp = defineError(
  400,
  'OperationFailed.DefaultNatIp',
  (ip: string) => `The default NAT IP ${ip} of the gateway cannot be deleted.`,
);
/** [emulator choice] 400 `InvalidNatIp.NotInCidr`: the address lies outside the NAT CIDR block. */
export const natIpNotInCidr = defineError(
  400,
  'InvalidNatIp.NotInCidr',
  (ip: string, cidr: string) => `NatIp ${ip} is not inside NatIpCidr ${cidr}.`,
);
/** [emulator choice] 400 `QuotaExceeded.NatIp`: the NAT CIDR block has no free address. */
export const natIpCidrFull = defineError(
  400,
  'QuotaExceeded.NatIp',
  (cidr: string) => `NatIpCidr ${cidr} has no free address.`,
);
/** [emulator choice] 400 `OperationUnsupported.Ipv4Prefix`: /28 prefixes are not modelled. */
export const ipv4PrefixUnsupported = defineError(
  400,
  'OperationUnsupported.Ipv4Prefix',
  () => 'The emulator does not model NAT IP prefixes (Ipv4Prefix, Ipv4PrefixCount).',
);
/** [emulator choice] 404 `InvalidFullNatTableId.NotFound`. */
export const fullNatTableNotFound = notFoundError(
  'InvalidFullNatTableId.NotFound',
  'FullNatTableId',
);
/** [emulator choice] 404 `InvalidFullNatEntryId.NotFound`. */
export const fullNatEntryNotFound = notFoundError(
  'InvalidFullNatEntryId.NotFound',
  'FullNatEntryId',
);
/** [emulator choice] 400 `IncorrectStatus.FullNatEntry`: the entry is `Pending` or `Deleting`. */
export const incorrectStatusFullNatEntry = statusError(
  'IncorrectStatus.FullNatEntry',
  'FullNatEntry',
);
/** [emulator choice] 400 `InvalidNatIp.NotFound`: not an available NAT IP of this gateway. */
export const natIpNotOfGateway = defineError(
  400,
  'InvalidNatIp.NotFound',
  (ip: string, nat: string) => `NatIp ${ip} is not an available NAT IP of ${nat}.`,
);
/** [emulator choice] 400 `Forbidden.FullNatEntry.Duplicated`: NatIp:NatIpPort/IpProtocol is taken. */
export const fullNatEntryDuplicated = defineError(
  400,
  'Forbidden.FullNatEntry.Duplicated',
  (key: string) => `A FULLNAT entry already uses ${key}.`,
);
/** [emulator choice] 400 `MissingParameter.AccessIp`: neither AccessIp nor AccessDomain (§8). */
export const missingAccessTarget = defineError(
  400,
  'MissingParameter.AccessIp',
  () => 'One of AccessIp or AccessDomain is mandatory for this action.',
);
